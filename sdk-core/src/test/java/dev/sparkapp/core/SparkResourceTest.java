package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import org.junit.jupiter.api.Test;

class SparkResourceTest {
  /** A resource with nothing but metadata, to test the interface's own methods. */
  private static SparkResource withMetadata(ObjectMeta metadata) {
    return new SparkResource() {
      @Override
      public String apiVersion() {
        return API_VERSION;
      }

      @Override
      public String kind() {
        return "Test";
      }

      @Override
      public ObjectMeta metadata() {
        return metadata;
      }
    };
  }

  @Test
  void theApiVersionIsTheGroupAndVersionOfTheSparkOperator() {
    assertThat(SparkResource.GROUP).isEqualTo("sparkoperator.k8s.io");
    assertThat(SparkResource.VERSION).isEqualTo("v1beta2");
    assertThat(SparkResource.API_VERSION).isEqualTo("sparkoperator.k8s.io/v1beta2");
  }

  @Test
  void nameAndNamespaceComeFromTheMetadata() {
    SparkResource resource = withMetadata(new ObjectMetaBuilder().withName("spark-pi").withNamespace("team-a").build());

    assertThat(resource.name()).contains("spark-pi");
    assertThat(resource.namespace()).contains("team-a");
  }

  @Test
  void nameAndNamespaceAreEmptyWhenTheMetadataLacksThem() {
    SparkResource resource = withMetadata(new ObjectMetaBuilder().withGenerateName("spark-pi-").build());

    assertThat(resource.name()).isEmpty();
    assertThat(resource.namespace()).isEmpty();
  }
}
