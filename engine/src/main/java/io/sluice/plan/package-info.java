/** Plan stage: logical plans as Dataset calls and SQL build them, before analysis. */
package io.sluice.plan;
