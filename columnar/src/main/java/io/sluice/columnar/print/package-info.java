/** Sink stage, human edge: renders rows as the text tables of Spark's {@code Dataset.show()}. */
package io.sluice.columnar.print;
