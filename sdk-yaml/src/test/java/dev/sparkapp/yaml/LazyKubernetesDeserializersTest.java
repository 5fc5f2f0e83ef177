package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LazyKubernetesDeserializersTest {
  private static final String HEADER = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
      + "metadata:\n  name: pi\n";

  @Test
  void aFabric8ModelClassGetsAStandInAndOtherClassesJacksonsOwnDeserializer() {
    LazyKubernetesDeserializers lazy = new LazyKubernetesDeserializers();
    JsonMapper mapper = JsonMapper.builder().build();
    JavaType volume = TypeFactory.defaultInstance().constructType(Volume.class);
    JavaType application = TypeFactory.defaultInstance().constructType(SparkApplication.class);

    assertThat(lazy.findBeanDeserializer(volume, mapper.getDeserializationConfig(), null))
        .isInstanceOf(LazyKubernetesDeserializers.StandIn.class)
        .satisfies(d -> assertThat(d.handledType()).isEqualTo(Volume.class));
    assertThat(lazy.findBeanDeserializer(application, mapper.getDeserializationConfig(), null)).isNull();
  }

  @Test
  void aMapperWithTheModuleReadsFabric8ValuesAsJacksonAlone() throws Exception {
    String json = "{\"name\":\"conf\",\"configMap\":{\"name\":\"conf\",\"defaultMode\":420,"
        + "\"items\":[{\"key\":\"a\",\"path\":\"b\"}]}}";
    JsonMapper plain = JsonMapper.builder().build();
    JsonMapper lazy = JsonMapper.builder().addModule(LazyKubernetesDeserializers.module()).build();

    Volume read = lazy.readValue(json, Volume.class);

    assertThat(read).isEqualTo(plain.readValue(json, Volume.class));
    assertThat(read.getConfigMap()).isInstanceOf(ConfigMapVolumeSource.class);
    assertThat(read.getConfigMap().getItems()).singleElement()
        .satisfies(item -> assertThat(item.getPath()).isEqualTo("b"));
  }

  @Test
  void anUnknownFieldInAClassBuiltOnFirstUseIsReportedWithPathPositionAndSuggestion() {
    String yaml = HEADER + "spec:\n  volumes:\n  - name: conf\n    configMap:\n      nmae: conf\n";

    assertThatThrownBy(() -> SparkYaml.strict().read(yaml, "app.yaml"))
        .isInstanceOf(UnknownFieldException.class)
        .hasMessage("app.yaml:9:7: spec.volumes[0].configMap.nmae: unknown field 'nmae' in ConfigMapVolumeSource; "
            + "did you mean 'name'?");
  }

  @Test
  void aWrongTypeInAClassBuiltOnFirstUseIsReportedWithItsPath() {
    String yaml = HEADER + "spec:\n  volumes:\n  - name: conf\n    configMap:\n      defaultMode: [1]\n";

    assertThatThrownBy(() -> SparkYaml.strict().read(yaml, "app.yaml"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("app.yaml:9:20: spec.volumes[0].configMap.defaultMode: expected an integer");
  }

  @Test
  void threadsReadingTheFirstDocumentsTogetherGetTheSameValues() throws Exception {
    String yaml = HEADER + "spec:\n  type: Scala\n  mode: cluster\n  sparkVersion: 4.0.1\n"
        + "  volumes:\n  - name: conf\n    configMap:\n      name: conf\n"
        + "  driver:\n    template:\n      spec:\n        containers:\n        - name: spark-kubernetes-driver\n"
        + "          readinessProbe:\n            tcpSocket:\n              port: 7078\n";
    SparkApplication expected = SparkYaml.strict().readApplication(yaml);
    for (int attempt = 0; attempt < 5; attempt++) {
      SparkYaml shared = SparkYaml.strict();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<SparkApplication>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          reads.add(() -> shared.readApplication(yaml));
        }
        for (Future<SparkApplication> read : pool.invokeAll(reads)) {
          assertThat(read.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
