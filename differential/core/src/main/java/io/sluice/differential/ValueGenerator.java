package io.sluice.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Random values of each generated type in their text form ({@code ValueText}), over the type's
 * whole range with its edges weighted up: int/long min and max, NaN, infinities, -0.0, the
 * largest decimal of the precision, unicode and empty strings, the first and last dates.
 */
final class ValueGenerator {

  static final String[] STRINGS = {
    "", " ", "a", "A", "abc", "b", "Zz", " padded ", "x y", "ÄÖü", "日本語", "😀 emoji", "ß", "0", "123", "-7",
    "1e3", "3.14", "2020-01-31", "2021-06-15 12:34:56", "true", "NaN", "null", "a,b", "say \"hi\"", "tab\there", "%_"
  };

  private final Random random;
  private final boolean extremes;

  ValueGenerator(Random random, boolean extremes) {
    this.random = random;
    this.extremes = extremes;
  }

  String value(String type) {
    if (type.startsWith("decimal")) {
      String[] ps = type.substring(8, type.length() - 1).split(",");
      return decimal(Integer.parseInt(ps[0].trim()), Integer.parseInt(ps[1].trim()));
    }
    switch (type) {
      case "int":
        return Integer.toString(intValue());
      case "bigint":
        return Long.toString(longValue());
      case "double":
        return Double.toString(doubleValue());
      case "string":
        return random.nextInt(4) == 0 ? randomString() : STRINGS[random.nextInt(STRINGS.length)];
      case "boolean":
        return Boolean.toString(random.nextBoolean());
      case "date":
        return date().toString();
      case "timestamp":
        return timestamp().toString();
      default:
        throw new IllegalArgumentException(type);
    }
  }

  int intValue() {
    switch (random.nextInt(extremes ? 8 : 6)) {
      case 0:
        return 0;
      case 1:
        return random.nextInt(3) - 1;
      case 2:
        return random.nextInt();
      case 6:
        return Integer.MAX_VALUE - random.nextInt(2);
      case 7:
        return Integer.MIN_VALUE + random.nextInt(2);
      default:
        return random.nextInt(200) - 100;
    }
  }

  long longValue() {
    switch (random.nextInt(extremes ? 8 : 6)) {
      case 0:
        return 0;
      case 1:
        return random.nextInt();
      case 2:
        return random.nextLong();
      case 6:
        return Long.MAX_VALUE - random.nextInt(2);
      case 7:
        return Long.MIN_VALUE + random.nextInt(2);
      default:
        return random.nextInt(200) - 100;
    }
  }

  double doubleValue() {
    switch (random.nextInt(12)) {
      case 0:
        return 0.0;
      case 1:
        return -0.0;
      case 2:
        return Double.NaN;
      case 3:
        return random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 4:
        return random.nextBoolean() ? Double.MAX_VALUE : Double.MIN_VALUE;
      case 5:
        return random.nextLong() * 1e-3;
      case 6:
        return Math.scalb(random.nextDouble(), random.nextInt(200) - 100);
      default:
        return Math.round(random.nextGaussian() * 10000) / 100.0;
    }
  }

  String decimal(int precision, int scale) {
    int digits = random.nextInt(4) == 0 ? precision : 1 + random.nextInt(Math.min(precision, 6));
    BigInteger unscaled =
        random.nextInt(6) == 0
            ? BigInteger.TEN.pow(precision).subtract(BigInteger.ONE)
            : new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
    if (random.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, scale).toPlainString();
  }

  LocalDate date() {
    switch (random.nextInt(10)) {
      case 0:
        // Years before 1583 are left out: the writers' Julian/Gregorian rebasing is not what is being compared.
        return LocalDate.of(1583 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
      case 1:
        return LocalDate.of(9999, 12, 31).minusDays(random.nextInt(3));
      default:
        return LocalDate.ofEpochDay(random.nextInt(36525 * 2) - 36525);
    }
  }

  Instant timestamp() {
    long seconds = random.nextInt(10) == 0 ? -2208988800L + random.nextInt(1000) : (long) (random.nextDouble() * 4102444800L) - 1000000000L;
    long micros = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000);
    return Instant.ofEpochSecond(seconds, micros * 1000);
  }

  private String randomString() {
    int n = random.nextInt(8);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      s.appendCodePoint(kind < 7 ? 'a' + random.nextInt(26) : kind < 8 ? ' ' : kind < 9 ? 0xC0 + random.nextInt(64) : 0x4E00 + random.nextInt(100));
    }
    return s.toString();
  }
}
