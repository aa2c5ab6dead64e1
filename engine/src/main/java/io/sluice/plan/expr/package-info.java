/** Plan stage: unresolved expressions as users (Column, SQL) write them, before names and types are bound. */
package io.sluice.plan.expr;
