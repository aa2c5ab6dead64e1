/** Plan stage: SQL text parsed (by Calcite's parser) into unresolved logical plans and expressions. */
package io.sluice.sql;
