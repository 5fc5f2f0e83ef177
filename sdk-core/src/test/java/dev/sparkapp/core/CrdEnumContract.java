package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every enum of the model promises: it lists exactly the CRD's values (for a closed set, the CRD's
 * {@code enum}; for an open one, the values the operator acts on, see {@link OpenCrdEnumContract}), each
 * constant prints and serializes as the CRD spells it, and {@code fromValue} takes exactly those spellings
 * and names them when it refuses one. Each enum's test class extends this with its spellings, in
 * declaration order.
 */
abstract class CrdEnumContract<E extends Enum<E>> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Class<E> type;
  private final Function<String, E> fromValue;
  private final Function<E, String> value;
  final Map<E, String> spellings = new LinkedHashMap<>();

  /** {@code constantsAndSpellings}: each constant followed by its CRD spelling, in declaration order. */
  CrdEnumContract(Class<E> type, Function<String, E> fromValue, Function<E, String> value,
      Object... constantsAndSpellings) {
    this.type = type;
    this.fromValue = fromValue;
    this.value = value;
    for (int i = 0; i < constantsAndSpellings.length; i += 2) {
      spellings.put(type.cast(constantsAndSpellings[i]), (String) constantsAndSpellings[i + 1]);
    }
  }

  /** What {@code fromValue} says for {@code input}: the message lists every spelling. */
  private String refusal(String input) {
    return "'" + input + "' is not a valid " + type.getSimpleName() + "; expected one of "
        + spellings.values().stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ", "[", "]"));
  }

  @Test
  void theSetIsClosedToTheCrdsValues() {
    assertThat(type.getEnumConstants()).containsExactlyElementsOf(spellings.keySet());
  }

  @Test
  void eachConstantPrintsAndParsesAsTheCrdSpellsIt() {
    spellings.forEach((constant, spelling) -> {
      assertThat(value.apply(constant)).isEqualTo(spelling);
      assertThat(constant).hasToString(spelling);
      assertThat(fromValue.apply(spelling)).isSameAs(constant);
    });
  }

  @Test
  void jsonWritesAndReadsTheCrdSpelling() throws Exception {
    for (Map.Entry<E, String> entry : spellings.entrySet()) {
      assertThat(JSON.writeValueAsString(entry.getKey())).isEqualTo("\"" + entry.getValue() + "\"");
      assertThat(JSON.readValue("\"" + entry.getValue() + "\"", type)).isSameAs(entry.getKey());
    }
  }

  @Test
  void jsonRejectsTheJavaNameOfAConstant() {
    E constant = differentlySpelled();
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> JSON.readValue("\"" + constant.name() + "\"", type));
  }

  @Test
  void fromValueIsExactAndListsTheSpellingsWhenItRefuses() {
    List<String> wrong = new ArrayList<>();
    wrong.add(differentlySpelled().name());
    wrong.add(" " + spellings.values().iterator().next());
    wrong.add(spellings.values().iterator().next() + "x");
    wrong.add(null);
    for (String input : wrong) {
      assertThatExceptionOfType(InvalidArgumentException.class).as("fromValue(%s)", input)
          .isThrownBy(() -> fromValue.apply(input))
          .withMessage(refusal(input));
    }
  }

  /** A constant whose Java name is not its spelling, for the tests that feed the Java name. */
  E differentlySpelled() {
    return spellings.entrySet().stream().filter(e -> !e.getKey().name().equals(e.getValue())).findFirst()
        .orElseThrow(() -> new AssertionError("every constant of " + type + " is spelled as its Java name"))
        .getKey();
  }
}
