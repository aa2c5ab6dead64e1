/** Plan stage: binds names and types of unresolved plans and plans their physical execution. */
package io.sluice.analysis;
