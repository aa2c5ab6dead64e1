/** Runnable programs: the seed article's streaming example first, and the data generators they use. */
package io.sluice.examples;
