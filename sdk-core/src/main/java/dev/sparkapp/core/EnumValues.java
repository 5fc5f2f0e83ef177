package dev.sparkapp.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parses and lists the manifest spellings of the model's enums. Not public API. */
final class EnumValues {
  private EnumValues() {}

  /** Returns the constant whose {@code toString()} (its manifest spelling) equals {@code value}. */
  static <E extends Enum<E>> E parse(E[] constants, String value, String typeName) {
    return find(constants, value).orElseThrow(() -> new InvalidArgumentException(
        "'" + value + "' is not a valid " + typeName + "; expected one of " + spellings(constants)));
  }

  /** Returns the constant whose {@code toString()} equals {@code value}, or empty for any other spelling. */
  static <E extends Enum<E>> Optional<E> find(E[] constants, String value) {
    for (E candidate : constants) {
      if (candidate.toString().equals(value)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static String spellings(Object[] constants) {
    return Arrays.stream(constants).map(c -> "'" + c + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
