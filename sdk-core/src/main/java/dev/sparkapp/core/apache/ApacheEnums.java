package dev.sparkapp.core.apache;

import dev.sparkapp.core.InvalidArgumentException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses the manifest spellings of this package's enums. Not public API. */
final class ApacheEnums {
  private ApacheEnums() {}

  /** Returns the constant whose {@code toString()} (its manifest spelling) equals {@code value}. */
  static <E extends Enum<E>> E parse(E[] constants, String value, String typeName) {
    for (E candidate : constants) {
      if (candidate.toString().equals(value)) {
        return candidate;
      }
    }
    throw new InvalidArgumentException("'" + value + "' is not a valid " + typeName + "; expected one of "
        + Arrays.stream(constants).map(c -> "'" + c + "'").collect(Collectors.joining(", ", "[", "]")));
  }
}
