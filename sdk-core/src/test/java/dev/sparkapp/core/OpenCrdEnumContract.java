package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What an enum of an open set promises besides {@link CrdEnumContract}: the CRD has no {@code enum} for
 * the field, so the model keeps the string, and {@code find} is the typed view: each constant for its
 * spelling, empty (never an exception) for any other string the API server accepts.
 */
abstract class OpenCrdEnumContract<E extends Enum<E>> extends CrdEnumContract<E> {
  private final Function<String, Optional<E>> find;

  OpenCrdEnumContract(Class<E> type, Function<String, E> fromValue, Function<String, Optional<E>> find,
      Function<E, String> value, Object... constantsAndSpellings) {
    super(type, fromValue, value, constantsAndSpellings);
    this.find = find;
  }

  @Test
  void findGivesEachConstantForItsSpelling() {
    spellings.forEach((constant, spelling) -> assertThat(find.apply(spelling)).containsSame(constant));
  }

  @Test
  void findIsEmptyForAnyOtherString() {
    String first = spellings.values().iterator().next();
    for (String other : new String[] {differentlySpelled().name(), first.toLowerCase(Locale.ROOT), first + "x",
        " " + first, "", "SomethingNewer", null}) {
      assertThat(find.apply(other)).as("find(%s)", other).isEmpty();
    }
  }
}
