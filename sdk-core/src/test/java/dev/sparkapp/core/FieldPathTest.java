package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldPathTest {
  @Test
  void theRootIsASingletonWithNoParentThatPrintsAsRoot() {
    FieldPath root = FieldPath.root();

    assertThat(root.isRoot()).isTrue();
    assertThat(root.parent()).isEmpty();
    assertThat(root).hasToString("<root>");
    assertThat(FieldPath.root()).isSameAs(root);
  }

  @Test
  void ofWithoutFieldsIsTheRoot() {
    assertThat(FieldPath.of()).isSameAs(FieldPath.root());
  }

  @Test
  void ofJoinsPlainFieldNamesWithDotsAndNoLeadingDot() {
    assertThat(FieldPath.of("spec", "driver", "cores")).hasToString("spec.driver.cores");
    assertThat(FieldPath.of("spec")).hasToString("spec");
  }

  @Test
  void ofIsTheSameAsChainingField() {
    assertThat(FieldPath.of("spec", "driver", "memory"))
        .isEqualTo(FieldPath.root().field("spec").field("driver").field("memory"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "_", "$", "$ref", "_x", "a1", "my-key", "a-", "a$b", "serviceAccount", "x_9-y"})
  void plainIdentifiersFollowADot(String name) {
    assertThat(FieldPath.of("spec", name)).hasToString("spec." + name);
    assertThat(FieldPath.root().field(name)).hasToString(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"spark.ui.port", "0", "1a", "-x", "", "a b", "a/b", "app.kubernetes.io/name", "é", "a:b"})
  void namesThatAreNotPlainIdentifiersAreQuotedInBrackets(String name) {
    assertThat(FieldPath.of("spec", "sparkConf", name)).hasToString("spec.sparkConf[\"" + name + "\"]");
  }

  @Test
  void aQuotedNameDirectlyUnderTheRootHasNoDot() {
    assertThat(FieldPath.root().field("spark.ui.port")).hasToString("[\"spark.ui.port\"]");
  }

  @Test
  void quotesAndBackslashesInsideQuotedNamesAreEscaped() {
    assertThat(FieldPath.of("m", "a\"b")).hasToString("m[\"a\\\"b\"]");
    assertThat(FieldPath.of("m", "a\\b")).hasToString("m[\"a\\\\b\"]");
    // The backslash is escaped before the quote, so the quote's escape is not doubled.
    assertThat(FieldPath.of("m", "\\\"")).hasToString("m[\"\\\\\\\"\"]");
  }

  @Test
  void fieldRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> FieldPath.root().field(null)).withMessage("name");
  }

  @Test
  void indexAppendsTheIndexInBrackets() {
    assertThat(FieldPath.of("spec", "volumes").index(0).field("name")).hasToString("spec.volumes[0].name");
    assertThat(FieldPath.of("args").index(12).index(3)).hasToString("args[12][3]");
    assertThat(FieldPath.root().index(7)).hasToString("[7]");
  }

  @Test
  void indexRejectsNegativeNumbers() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> FieldPath.of("spec", "volumes").index(-1))
        .withMessage("index must be >= 0, got -1");
  }

  @Test
  void namedAppendsTheElementNameInBracketsUnquoted() {
    FieldPath path = FieldPath.of("spec", "driver", "template", "spec", "containers")
        .named("spark-kubernetes-driver")
        .field("livenessProbe");

    assertThat(path).hasToString("spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe");
    assertThat(FieldPath.of("ports").named("spark.ui")).hasToString("ports[spark.ui]");
  }

  @Test
  void namedRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> FieldPath.root().named(null)).withMessage("name");
  }

  @Test
  void parentDropsTheLastSegment() {
    FieldPath memory = FieldPath.of("spec", "driver", "memory");
    FieldPath element = FieldPath.of("spec", "volumes").index(2);

    assertThat(memory.parent()).contains(FieldPath.of("spec", "driver"));
    assertThat(element.parent()).contains(FieldPath.of("spec", "volumes"));
    assertThat(FieldPath.of("spec").parent()).contains(FieldPath.root());
  }

  @Test
  void onlyTheRootIsRoot() {
    assertThat(FieldPath.of("spec").isRoot()).isFalse();
    assertThat(FieldPath.root().index(0).isRoot()).isFalse();
    assertThat(FieldPath.root().field("").isRoot()).isFalse();
  }

  @Test
  void extendingAPathLeavesTheOriginalUnchanged() {
    FieldPath spec = FieldPath.of("spec");

    spec.field("driver");
    spec.index(0);
    spec.named("x");

    assertThat(spec).hasToString("spec").isEqualTo(FieldPath.of("spec"));
  }

  @Test
  void pathsBuiltSeparatelyFromTheSameSegmentsAreEqualWithEqualHashCodes() {
    FieldPath a = FieldPath.of("spec", "sparkConf", "spark.ui.port");
    FieldPath b = FieldPath.root().field("spec").field("sparkConf").field("spark.ui.port");
    FieldPath c = FieldPath.of("spec", "volumes").index(3).named("data");
    FieldPath d = FieldPath.of("spec").field("volumes").index(3).named("data");

    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b).isEqualTo(a);
    assertThat(c).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(a).isEqualTo(a);
  }

  @Test
  void pathsThatDifferAnywhereAreNotEqual() {
    FieldPath base = FieldPath.of("spec", "driver", "cores");

    assertThat(base).isNotEqualTo(FieldPath.of("spec", "executor", "cores"));
    assertThat(base).isNotEqualTo(FieldPath.of("spec", "driver"));
    assertThat(base).isNotEqualTo(FieldPath.of("x", "spec", "driver", "cores"));
    assertThat(FieldPath.of("driver", "cores")).isNotEqualTo(base);
    assertThat(FieldPath.of("a", "b")).isNotEqualTo(FieldPath.of("b", "a"));
    assertThat(FieldPath.of("v").index(0)).isNotEqualTo(FieldPath.of("v").index(1));
    assertThat(FieldPath.of("v").index(0)).isNotEqualTo(FieldPath.of("v", "0"));
    assertThat(FieldPath.of("v").named("a")).isNotEqualTo(FieldPath.of("v", "a"));
    assertThat(FieldPath.of("spec")).isNotEqualTo(FieldPath.root());
    assertThat(FieldPath.root()).isNotEqualTo(FieldPath.of("spec"));
    assertThat(base).isNotEqualTo("spec.driver.cores").isNotEqualTo(null);
  }

  @Test
  void pathsWithCollidingHashCodesAreStillDistinguished() {
    // "Aa" and "BB" have the same String.hashCode, so these two paths have the same hash.
    FieldPath aa = FieldPath.of("x", "Aa");
    FieldPath bb = FieldPath.of("x", "BB");

    assertThat(aa.hashCode()).isEqualTo(bb.hashCode());
    assertThat(aa).isNotEqualTo(bb);
  }
}
