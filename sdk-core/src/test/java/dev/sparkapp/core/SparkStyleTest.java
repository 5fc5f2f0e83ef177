package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conventions that {@link SparkStyle} gives every value type, checked on a few of them. */
class SparkStyleTest {
  @Test
  void theGeneratedBuildersCannotBeUsedDirectly() {
    assertThatThrownBy(ImmutableSparkApplication.Builder::new)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("Use: new SparkApplication.Builder()");
    assertThatThrownBy(ImmutableDriverSpec.Builder::new)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("Use: new DriverSpec.Builder()");
  }

  @Test
  void theGeneratedClassesArePackagePrivateSoTheBuilderIsTheOnlyWayToChangeAValue() {
    for (Class<?> generated : List.of(ImmutableSparkApplication.class, ImmutableDriverSpec.class,
        ImmutableSparkApplicationSpec.class, ImmutableScheduledSparkApplication.class)) {
      assertThat(Modifier.isPublic(generated.getModifiers())).as(generated.getSimpleName()).isFalse();
    }
    assertThat(Modifier.isPublic(SparkApplication.Builder.class.getModifiers())).isTrue();
  }

  @Test
  void builderReturnsAFreshNestedBuilderEachTime() {
    SparkApplicationSpec.Builder first = SparkApplicationSpec.builder();
    SparkApplicationSpec.Builder second = SparkApplicationSpec.builder();

    first.image("apache/spark:4.0.1");

    assertThat(first).isNotSameAs(second);
    assertThat(second.build().image()).isEmpty();
    assertThat(new SparkApplicationSpec.Builder().image("apache/spark:4.0.1").build()).isEqualTo(first.build());
  }

  @Test
  void nullForAnOptionalAttributeMeansNotSet() {
    DriverSpec driver = DriverSpec.builder().memory("1g").memory((String) null).build();
    ApplicationState state = ApplicationState.builder().state("RUNNING").errorMessage((String) null).build();
    SparkApplication app = SparkApplication.builder()
        .metadata(m -> m.withName("a"))
        .spec(s -> {})
        .status((SparkApplicationStatus) null)
        .build();

    assertThat(driver.memory()).isEmpty();
    assertThat(state.errorMessage()).isEmpty();
    assertThat(app.status()).isEmpty();
  }

  @Test
  void collectionsAreUnmodifiableJdkCollections() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder().addArguments("a", "b").putSparkConf("k", "v").build();

    assertThat(spec.arguments().getClass().getName()).startsWith("java.util.");
    assertThat(spec.sparkConf().getClass().getName()).startsWith("java.util.");
    assertThatThrownBy(() -> spec.arguments().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void redactedAttributesPrintAsFourStarsWhateverTheyHold() {
    String one = SparkApplicationSpec.builder().putSparkConf("k", "v").build().toString();
    String many = SparkApplicationSpec.builder().putSparkConf("a", "1").putSparkConf("b", "2").build().toString();

    assertThat(one).isEqualTo(many).contains("sparkConf=****");
  }
}
