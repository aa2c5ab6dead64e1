/**
 * Differential cases as data: tables, query specs, answers and their canonical rendering. Shared
 * by both engines' sides, so it depends on the JDK and Jackson only (never on Sluice or Spark).
 */
package io.sluice.differential.cases;
