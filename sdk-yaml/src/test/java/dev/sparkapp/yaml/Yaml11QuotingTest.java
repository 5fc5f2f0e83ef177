package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class Yaml11QuotingTest {
  /** SnakeYAML's YAML 1.1 implicit resolver, the one PyYAML also implements: the oracle. */
  private static final Resolver YAML_11 = new Resolver();

  @Test
  void quotesEveryValueAndKeyThatAYaml11ResolverTypesImplicitly() {
    List<String> valuesNotQuoted = new ArrayList<>();
    List<String> keysNotQuoted = new ArrayList<>();
    int typed = 0;
    for (String candidate : candidates()) {
      if (!Tag.STR.equals(YAML_11.resolve(NodeId.scalar, candidate, true))) {
        typed++;
        if (!Yaml11Quoting.INSTANCE.needToQuoteValue(candidate)) {
          valuesNotQuoted.add(candidate);
        }
        if (!Yaml11Quoting.INSTANCE.needToQuoteName(candidate)) {
          keysNotQuoted.add(candidate);
        }
      }
    }

    assertThat(typed).as("strings the resolver types, among the candidates").isGreaterThan(5_000);
    assertThat(valuesNotQuoted).as("values").isEmpty();
    assertThat(keysNotQuoted).as("keys").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"y", "N", "yes", "OFF", "~", "null", "", "<<", "=", "0b101", "0o17", "017", "0x1F",
      "12:30", "190:20:30", "1e3", "+1.5", "-.inf", ".NaN", "2024-01-01", "2024-1-1 10:00:00", "1_000"})
  void typesWhatGoYamlV2OrYaml11WouldRead(String value) {
    assertThat(Yaml11Quoting.isImplicitlyTyped(value)).isTrue();
  }

  /** Jackson's ALWAYS_QUOTE_NUMBERS_AS_STRINGS quotes {@code [+-]?[0-9]*(\\.[0-9]*)?}; the writer relies on this instead. */
  @ParameterizedTest
  @ValueSource(strings = {"+", "-", ".", "5", "-5", "1.", ".5", "+.5", "-1.25", "007"})
  void quotesEverythingJacksonTakesForAPlainNumber(String value) {
    assertThat(Yaml11Quoting.INSTANCE.needToQuoteValue(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"spark-pi", "512m", "4.0.1", "local:///opt/spark/examples/jars/spark-examples.jar",
      "Scala", "cluster", "yess", "nope", "Y2", "-Dlog4j.configurationFile=/etc/log4j2.xml", "spark.ui.port"})
  void leavesOrdinaryStringsPlain(String value) {
    assertThat(Yaml11Quoting.isImplicitlyTyped(value)).isFalse();
  }

  @Test
  void quotesValuesWithSurroundingBlanks() {
    assertThat(Yaml11Quoting.INSTANCE.needToQuoteValue(" padded")).isTrue();
    assertThat(Yaml11Quoting.INSTANCE.needToQuoteValue("  ")).isTrue();
    assertThat(Yaml11Quoting.INSTANCE.needToQuoteValue("plain")).isFalse();
  }

  /** Short strings over the characters that YAML 1.1 numbers, bools and timestamps are made of. */
  private static List<String> candidates() {
    String alphabet = "0123456789+-._:eExXoObB~yYnNtTfFaAlLsS <=";
    Random random = new Random(20261124);
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      int length = 1 + random.nextInt(8);
      StringBuilder s = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      candidates.add(s.toString());
    }
    candidates.addAll(List.of("yes", "Yes", "YES", "no", "NO", "true", "TRUE", "False", "on", "On", "off", "OFF",
        "null", "Null", "NULL", "~", "", "<<", "=", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "190:20:30.15",
        "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2002-12-14", "0b1010_0111", "0x_0A_74_AE",
        "685_230", "+685_230", "02472256", "6.8523015e+5", "685.230_15e+03", "685_230.15", "-0"));
    return candidates;
  }
}
