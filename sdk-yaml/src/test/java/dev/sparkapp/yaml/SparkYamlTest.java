package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectState;
import dev.sparkapp.core.SparkConnectStatus;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparkYamlTest {
  private static final String HEADER = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
      + "metadata:\n  name: pi\n";

  private static SparkApplication sparkPi() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
            .image("apache/spark:4.0.1").sparkVersion("4.0.1")
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .addArguments("5000")
            .putSparkConf("spark.ui.enabled", "true")
            .driver(d -> d.cores(1).memory("512m").serviceAccount("spark"))
            .executor(e -> e.instances(2).cores(1).memory("512m")))
        .build();
  }

  @Test
  void writesApiVersionKindMetadataSpecFirstThenFieldsAlphabetically() {
    assertThat(SparkYaml.strict().toYaml(sparkPi())).isEqualTo("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: spark-pi
          namespace: default
        spec:
          arguments:
          - "5000"
          driver:
            cores: 1
            memory: 512m
            serviceAccount: spark
          executor:
            cores: 1
            instances: 2
            memory: 512m
          image: apache/spark:4.0.1
          mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
          mainClass: org.apache.spark.examples.SparkPi
          mode: cluster
          sparkConf:
            spark.ui.enabled: "true"
          sparkVersion: 4.0.1
          type: Scala
        """);
  }

  @Test
  void readsBackWhatItWroteAsAnEqualValue() {
    SparkApplication app = sparkPi();
    assertThat(SparkYaml.strict().readApplication(SparkYaml.strict().toYaml(app))).isEqualTo(app);
    assertThat(SparkYaml.strict().readApplication(SparkYaml.strict().toJson(app))).isEqualTo(app);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "y", "N", "true", "False", "~", "null", "", " padded ",
      "0x1F", "0o17", "017", "1e3", "1.5", ".inf", "12:30", "2024-01-01", "<<", "=", "5000", "-1"})
  void quotesStringsThatYaml11ReadersWouldTakeForSomethingElse(String value) {
    SparkApplication app = SparkApplication.builder().from(sparkPi())
        .spec(s -> s.putSparkConf("k", value).addArguments(value)).build();
    String yaml = SparkYaml.strict().toYaml(app);
    assertThat(yaml).contains("k: \"" + value + "\"");
    SparkApplication back = SparkYaml.strict().readApplication(yaml);
    assertThat(back.spec().sparkConf()).containsEntry("k", value);
    assertThat(back.spec().arguments()).containsExactly(value);
  }

  @Test
  void keepsExplicitFalseZeroAndEmptyValuesButWritesNothingUnset() {
    String yaml = HEADER + "spec:\n  arguments: []\n  sparkConf: {}\n  suspend: false\n  failureRetries: 0\n";
    SparkApplication app = SparkYaml.strict().readApplication(yaml);
    assertThat(app.spec().arguments()).isEmpty();
    assertThat(app.spec().mainClass()).isEmpty();
    assertThat(SparkYaml.strict().toYaml(app)).isEqualTo(
        HEADER + "spec:\n  arguments: []\n  failureRetries: 0\n  sparkConf: {}\n  suspend: false\n");
  }

  @Test
  void keepsOtherKindsBesideTheApplicationAndWritesThemBack() {
    ConfigMap config = new ConfigMapBuilder().withNewMetadata().withName("log4j2").endMetadata()
        .addToData("log4j2.properties", "rootLogger.level = info\nappender.console.type = Console\n").build();
    String yaml = SparkYaml.strict().toYaml(List.of(config, sparkPi()));
    Manifest manifest = SparkYaml.strict().read(yaml);
    assertThat(manifest.resources()).hasSize(2);
    assertThat(manifest.resourcesOf(ConfigMap.class)).singleElement().isEqualTo(config);
    assertThat(manifest.resourcesOf(SparkApplication.class)).containsExactly(sparkPi());
    assertThat(SparkYaml.strict().toYaml(manifest.resources())).isEqualTo(yaml);
    assertThat(yaml).contains("log4j2.properties: |");
  }

  @Test
  void strictReadingRefusesAnUnknownFieldWithPathPositionAndSuggestion() {
    String yaml = HEADER + "spec:\n  driver:\n    memroy: 1g\n";
    assertThatThrownBy(() -> SparkYaml.strict().read(yaml, "app.yaml"))
        .isInstanceOf(UnknownFieldException.class)
        .hasMessage("app.yaml:7:5: spec.driver.memroy: unknown field 'memroy' in DriverSpec; did you mean 'memory'?")
        .satisfies(e -> {
          ManifestException error = (ManifestException) e;
          assertThat(error.position()).contains(SourcePosition.of("app.yaml", 7, 5));
          assertThat(error.path()).isEqualTo(FieldPath.of("spec", "driver", "memroy"));
        });
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void refusesAQuantityWrittenAsAMappingInsteadOfWritingItBackEmpty(boolean strict) {
    String yaml = HEADER + "spec:\n  driver:\n    template:\n      spec:\n        containers:\n        - name: c\n"
        + "          resources:\n            requests:\n              cpu:\n                amount: 1\n";
    SparkYaml reader = strict ? SparkYaml.strict() : SparkYaml.lenient();

    assertThatThrownBy(() -> reader.read(yaml, "app.yaml"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("app.yaml:13:15: spec.driver.template.spec.containers[0].resources.requests.cpu: expected a "
            + "quantity: a number or a string such as 500m, 1.5 or 2Gi, found a mapping");
  }

  @Test
  void strictReadingPointsAProbeWrittenUnderSpecToThePodTemplate() {
    assertThatThrownBy(() -> SparkYaml.strict().read(HEADER + "spec:\n  readinessProbe:\n    tcpSocket: {port: 7078}\n"))
        .isInstanceOf(UnknownFieldException.class)
        .hasMessageContaining("spec.readinessProbe: unknown field 'readinessProbe' in SparkApplicationSpec; "
            + "probes belong to a container of the pod template");
  }

  @Test
  void lenientReadingKeepsUnknownFieldsAndWritesThemBack() {
    String yaml = HEADER + "spec:\n  driver:\n    cores: 1\n    futureField:\n      x: 1\n  futureSpecField: on-later\n";
    SparkApplication app = SparkYaml.lenient().readApplication(yaml);
    assertThat(app.spec().additionalProperties()).containsEntry("futureSpecField", "on-later");
    assertThat(app.spec().driver().orElseThrow().additionalProperties()).containsKey("futureField");
    assertThat(SparkYaml.lenient().toYaml(app)).isEqualTo(
        HEADER + "spec:\n  driver:\n    cores: 1\n    futureField:\n      x: 1\n  futureSpecField: on-later\n");
  }

  @Test
  void refusesAnApiVersionItDoesNotModelNamingWhatIsSupported() {
    assertThatThrownBy(() -> SparkYaml.strict().read(HEADER.replace("v1beta2", "v1beta1") + "spec: {}\n"))
        .isInstanceOf(UnsupportedResourceException.class)
        .hasMessage("<string>:1:1: sparkoperator.k8s.io/v1beta1 SparkApplication is not supported; this SDK "
            + "models sparkoperator.k8s.io/v1beta2 SparkApplication and ScheduledSparkApplication, "
            + "sparkoperator.k8s.io/v1alpha1 SparkConnect, and spark.apache.org/v1 SparkApplication and SparkCluster");
  }

  @Test
  void refusesDuplicateSparkConfKeysNamingKeyAndLines() {
    assertThatThrownBy(() -> SparkYaml.strict().read(HEADER + "spec:\n  sparkConf:\n    a: b\n    a: c\n"))
        .isInstanceOf(DuplicateKeyException.class)
        .hasMessage("<string>:8:5: spec.sparkConf.a: duplicate key 'a' (first at line 7); "
            + "YAML readers disagree on which value wins: keep one");
  }

  @Test
  void readsAnAliasAsTheValueOfItsAnchorNotAsTheAliasName() {
    SparkApplication app = SparkYaml.strict().readApplication(HEADER + "spec:\n  image: &img spark:4\n  mainClass: *img\n");

    assertThat(app.spec().mainClass()).contains("spark:4");
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheirPosition() {
    byte[] bytes = (HEADER + "spec:\n  image: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> SparkYaml.strict().read(new ByteArrayInputStream(bytes), "latin1.yaml"))
        .isInstanceOf(YamlSyntaxException.class)
        .hasMessage("latin1.yaml:6:13: the input is not valid UTF-8 (byte 0xE9 at offset 103); save the file as UTF-8");
  }

  @Test
  void reportsWrongTypesAndEnumValuesWithWhatTheFieldExpects() {
    assertThatThrownBy(() -> SparkYaml.strict().read(HEADER + "spec:\n  driver:\n    cores: \"two\"\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("<string>:7:12: spec.driver.cores: expected an integer, found the string 'two'");
    assertThatThrownBy(() -> SparkYaml.strict().read(HEADER + "spec:\n  type: scala\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("<string>:6:9: spec.type: invalid value 'scala'; expected one of ['Java', 'Python', 'Scala', 'R']");
  }

  @Test
  void reportsAnEmptyInput() {
    assertThatThrownBy(() -> SparkYaml.strict().read("# nothing\n---\n"))
        .isInstanceOf(EmptyManifestException.class)
        .hasMessage("<string>:1:1: the input holds no document; expected at least one resource with apiVersion and kind");
  }

  @Test
  void readsFilesReadersAndStreamsNamingTheirSource(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("app.yaml");
    Files.writeString(file, SparkYaml.strict().toYaml(sparkPi()));
    assertThat(SparkYaml.strict().read(file).source()).isEqualTo(file.toString());
    assertThat(SparkYaml.strict().read(new StringReader(Files.readString(file)), "<stdin>").resources())
        .containsExactly(sparkPi());
    assertThat(SparkYaml.strict().read(file).documents().get(0).positionOf(FieldPath.of("spec", "driver", "cores")))
        .contains(SourcePosition.of(file.toString(), 10, 5));
  }

  @Test
  void forEachDocumentHandsOverEachDocumentBeforeParsingTheNext() {
    String text = SparkYaml.strict().toYaml(List.of(sparkPi(), sparkPi())) + "---\nkind: [broken\n";
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> SparkYaml.strict().forEachDocument(text, "apps.yaml",
        document -> seen.add(document.index() + ":" + document.start().line())))
        .isInstanceOf(YamlSyntaxException.class)
        .hasMessageStartingWith("apps.yaml:");
    assertThat(seen).containsExactly("0:1", "1:" + (SparkYaml.strict().toYaml(sparkPi()).split("\n").length + 2));
  }

  @Test
  void forEachDocumentReadsWhatReadReadsAndCountsTheDocuments(@TempDir Path dir) throws Exception {
    ConfigMap config = new ConfigMapBuilder().withNewMetadata().withName("cm").endMetadata().build();
    String text = SparkYaml.strict().toYaml(List.of(sparkPi(), config));
    Path file = Files.writeString(dir.resolve("apps.yaml"), text);
    List<Object> seen = new ArrayList<>();

    assertThat(SparkYaml.strict().forEachDocument(file, document -> seen.add(document.resource()))).isEqualTo(2);
    assertThat(seen).isEqualTo(SparkYaml.strict().read(file).resources());
    assertThat(SparkYaml.strict().forEachDocument(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<stdin>", document -> { })).isEqualTo(2);
  }

  @Test
  void forEachDocumentLetsTheActionsOwnExceptionsThroughUnchanged() {
    IllegalStateException stop = new IllegalStateException("stop");

    assertThatThrownBy(() -> SparkYaml.strict().forEachDocument(SparkYaml.strict().toYaml(sparkPi()), "app.yaml",
        document -> {
          throw stop;
        })).isSameAs(stop);
  }

  @Test
  void forEachDocumentReportsAnEmptyInput() {
    assertThatThrownBy(() -> SparkYaml.strict().forEachDocument("---\n", "empty.yaml", document -> { }))
        .isInstanceOf(EmptyManifestException.class)
        .hasMessage("empty.yaml:1:1: the input holds no document; expected at least one resource with apiVersion and kind");
  }

  @Test
  void reportsAFileThatCannotBeReadAsUnreadableSource(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> SparkYaml.strict().read(missing))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void doesNotPrintSparkConfValuesInToString() {
    SparkApplication app = SparkApplication.builder().from(sparkPi())
        .spec(s -> s.putSparkConf("spark.hadoop.fs.s3a.secret.key", "hunter2")).build();
    assertThat(app.toString()).doesNotContain("hunter2");
  }

  @Test
  void writesAListOfResourcesAsOneKubernetesListInJson() {
    assertThat(SparkYaml.strict().toJson(List.of(sparkPi())))
        .startsWith("{\n  \"apiVersion\" : \"v1\",\n  \"kind\" : \"List\",\n  \"items\" : [ {\n    \"apiVersion\" : "
            + "\"sparkoperator.k8s.io/v1beta2\"");
  }

  private static SparkConnect sparkConnect() {
    return SparkConnect.builder()
        .metadata(m -> m.withName("spark-connect").withNamespace("default"))
        .spec(s -> s.sparkVersion("4.0.1").image("docker.io/apache/spark:4.0.1")
            .putSparkConf("spark.connect.grpc.binding.port", "15002")
            .putHadoopConf("fs.s3a.secret.key", "hunter2")
            .server(v -> v.cores(1).memory("1g").service(new ServiceBuilder().withNewMetadata()
                .withName("connect").endMetadata().withNewSpec().withType("LoadBalancer").endSpec().build()))
            .executor(e -> e.instances(0).cores(1).memory("512m"))
            .dynamicAllocation(d -> d.enabled(true).maxExecutors(4)))
        .status(SparkConnectStatus.builder().state("Ready").putExecutors("running", 2)
            .server(v -> v.podName("spark-connect-server").podIp("10.0.0.7").serviceName("connect")).build())
        .build();
  }

  @Test
  void writesSparkConnectCanonicallyAsV1alpha1() {
    assertThat(SparkYaml.strict().toYaml(sparkConnect())).isEqualTo("""
        apiVersion: sparkoperator.k8s.io/v1alpha1
        kind: SparkConnect
        metadata:
          name: spark-connect
          namespace: default
        spec:
          dynamicAllocation:
            enabled: true
            maxExecutors: 4
          executor:
            cores: 1
            instances: 0
            memory: 512m
          hadoopConf:
            fs.s3a.secret.key: hunter2
          image: docker.io/apache/spark:4.0.1
          server:
            cores: 1
            memory: 1g
            service:
              apiVersion: v1
              kind: Service
              metadata:
                name: connect
              spec:
                type: LoadBalancer
          sparkConf:
            spark.connect.grpc.binding.port: "15002"
          sparkVersion: 4.0.1
        status:
          executors:
            running: 2
          server:
            podIp: 10.0.0.7
            podName: spark-connect-server
            serviceName: connect
          state: Ready
        """);
  }

  @Test
  void readsBackTheSparkConnectItWroteAsAnEqualValue() {
    SparkConnect connect = sparkConnect();
    assertThat(SparkYaml.strict().readConnect(SparkYaml.strict().toYaml(connect))).isEqualTo(connect);
    assertThat(SparkYaml.strict().readConnect(SparkYaml.strict().toJson(connect))).isEqualTo(connect);
    assertThat(connect.status().orElseThrow().stateType()).isEqualTo(SparkConnectState.READY);
  }

  @Test
  void strictReadingRefusesAnUnknownSparkConnectFieldWithPathPositionAndSuggestion() {
    String yaml = "apiVersion: sparkoperator.k8s.io/v1alpha1\nkind: SparkConnect\nmetadata:\n  name: c\n"
        + "spec:\n  server:\n    memroy: 1g\n";
    assertThatThrownBy(() -> SparkYaml.strict().read(yaml, "connect.yaml"))
        .isInstanceOf(UnknownFieldException.class)
        .hasMessage("connect.yaml:7:5: spec.server.memroy: unknown field 'memroy' in ConnectServerSpec; "
            + "did you mean 'memory'?");
  }

  @Test
  void strictReadingRefusesApplicationOnlyFieldsInSparkConnectExecutors() {
    String yaml = "apiVersion: sparkoperator.k8s.io/v1alpha1\nkind: SparkConnect\nmetadata:\n  name: c\n"
        + "spec:\n  executor:\n    coreLimit: 500m\n";
    assertThatThrownBy(() -> SparkYaml.strict().read(yaml, "connect.yaml"))
        .isInstanceOf(UnknownFieldException.class)
        .hasMessageStartingWith("connect.yaml:7:5: spec.executor.coreLimit: unknown field 'coreLimit' in ConnectExecutorSpec");
  }

  @Test
  void lenientReadingKeepsUnknownSparkConnectFieldsAndWritesThemBack() {
    String yaml = "apiVersion: sparkoperator.k8s.io/v1alpha1\nkind: SparkConnect\nmetadata:\n  name: c\n"
        + "spec:\n  server:\n    futureField: 1\nstatus:\n  state: Draining\n";
    SparkConnect connect = (SparkConnect) SparkYaml.lenient().read(yaml).resources().get(0);
    assertThat(connect.spec().server().orElseThrow().additionalProperties()).containsEntry("futureField", 1);
    assertThat(connect.status().orElseThrow().stateType()).isEqualTo(SparkConnectState.UNKNOWN);
    assertThat(SparkYaml.lenient().toYaml(connect)).isEqualTo(yaml);
  }

  @Test
  void doesNotPrintSparkConnectConfValuesInToString() {
    assertThat(sparkConnect().toString()).doesNotContain("hunter2").contains("hadoopConf=****");
  }
}
