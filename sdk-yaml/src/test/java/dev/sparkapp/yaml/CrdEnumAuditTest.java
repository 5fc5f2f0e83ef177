package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.PythonVersion;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.ScheduledSparkApplicationSpec;
import dev.sparkapp.core.SecretInfo;
import dev.sparkapp.core.SecretType;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.apache.ApacheRestartPolicy;
import dev.sparkapp.core.apache.ApplicationStateSummary;
import dev.sparkapp.core.apache.ClusterStateSummary;
import dev.sparkapp.core.apache.DeploymentMode;
import dev.sparkapp.core.apache.ResourceRetainPolicy;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Audits the model's enums against the bundled CRDs: a field the CRD closes with {@code enum} is a Java
 * enum with exactly those spellings; a field the CRD leaves a plain string is a string in the model (its
 * enum only a typed view). A new {@code enum} in an updated CRD, or a closed set that opened, fails here.
 */
class CrdEnumAuditTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Every property of the CRD's {@code v1beta2} schema that has {@code enum}, by property path. */
  private static Map<String, List<String>> enumsOf(String kindPlural) throws IOException {
    JsonNode crd = YAML.readTree(TestData.crd(kindPlural).toFile());
    JsonNode schema = crd.at("/spec/versions/0/schema/openAPIV3Schema");
    Map<String, List<String>> out = new TreeMap<>();
    collect(schema, "", out);
    return out;
  }

  private static void collect(JsonNode schema, String path, Map<String, List<String>> out) {
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(v -> values.add(v.asText()));
      out.put(path, values);
    }
    schema.path("properties").properties().forEach(p -> collect(p.getValue(), path + "." + p.getKey(), out));
    if (schema.has("items")) {
      collect(schema.get("items"), path + "[]", out);
    }
    if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
      collect(schema.get("additionalProperties"), path + ".*", out);
    }
  }

  private static List<String> spellings(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
  }

  /** The closed sets of an application spec standing at {@code spec}, with the spellings of their enums. */
  private static Map<String, List<String>> closedSets(String spec) {
    return Map.of(
        spec + ".mode", spellings(DeployMode.class),
        spec + ".pythonVersion", spellings(PythonVersion.class),
        spec + ".restartPolicy.type", spellings(RestartPolicyType.class),
        spec + ".type", spellings(SparkApplicationType.class));
  }

  @Test
  void everyEnumOfTheSparkApplicationCrdIsAJavaEnumWithItsSpellings() throws IOException {
    assertThat(enumsOf("sparkapplications")).containsExactlyInAnyOrderEntriesOf(closedSets(".spec"));
  }

  @Test
  void theScheduledCrdClosesOnlyTheSameFieldsOfItsTemplate() throws IOException {
    assertThat(enumsOf("scheduledsparkapplications")).containsExactlyInAnyOrderEntriesOf(closedSets(".spec.template"));
  }

  @Test
  void theSparkConnectCrdClosesOnlyConditionStatusesOfKubernetesTypesWhichSchemaValidationEnforces() throws IOException {
    // Both are metav1.Condition.status, modeled by fabric8's Condition (a string); SparkConnect's own
    // status.state is open (its typed view is SparkConnectStatus.stateType()).
    assertThat(enumsOf("sparkconnects")).containsExactlyInAnyOrderEntriesOf(Map.of(
        ".spec.server.service.status.conditions[].status", List.of("True", "False", "Unknown"),
        ".status.conditions[].status", List.of("True", "False", "Unknown")));
    String manifest = "apiVersion: sparkoperator.k8s.io/v1alpha1\nkind: SparkConnect\nmetadata: {name: c}\n"
        + "spec: {sparkVersion: 4.0.1, server: {}, executor: {}}\n"
        + "status:\n  conditions:\n  - {type: ServerPodReady, status: Maybe, reason: R, message: m,"
        + " lastTransitionTime: '2026-01-01T00:00:00Z'}\n";
    assertThat(ManifestValidator.defaults().validate(SparkYaml.strict().read(manifest, "c.yaml")).errors())
        .singleElement().hasToString("c.yaml:7:28: status.conditions[0].status: error: does not have a value in the "
            + "enumeration [\"True\", \"False\", \"Unknown\"] (CRD schema) [schema-enum]");
  }

  /** Every property with {@code enum} of version {@code version} of the Apache operator's CRD. */
  private static Map<String, List<String>> apacheEnumsOf(String kindPlural, String version) throws IOException {
    JsonNode crd = YAML.readTree(TestData.apacheCrd(kindPlural).toFile());
    Map<String, List<String>> out = new TreeMap<>();
    for (JsonNode served : crd.at("/spec/versions")) {
      if (version.equals(served.path("name").asText())) {
        collect(served.at("/schema/openAPIV3Schema"), "", out);
      }
    }
    return out;
  }

  @Test
  void everyEnumOfTheApacheSparkApplicationCrdIsAJavaEnumWithItsSpellings() throws IOException {
    List<String> states = spellings(ApplicationStateSummary.class);
    assertThat(apacheEnumsOf("sparkapplications", "v1")).containsExactlyInAnyOrderEntriesOf(Map.of(
        ".spec.applicationTolerations.resourceRetainPolicy", sorted(ResourceRetainPolicy.class),
        ".spec.applicationTolerations.restartConfig.restartPolicy", sorted(ApacheRestartPolicy.class),
        ".spec.deploymentMode", sorted(DeploymentMode.class),
        ".status.currentState.currentStateSummary", sorted(ApplicationStateSummary.class),
        ".status.stateTransitionHistory.*.currentStateSummary", sorted(ApplicationStateSummary.class),
        ".status.currentAttemptSummary.stateTransitionHistory.*.currentStateSummary", sorted(ApplicationStateSummary.class),
        ".status.previousAttemptSummary.stateTransitionHistory.*.currentStateSummary", sorted(ApplicationStateSummary.class)));
    assertThat(states).as("the operator's order, which its isStarting/isStopping compare").startsWith(
        "Submitted", "ScheduledToRestart", "DriverRequested", "DriverStarted", "DriverReady");
  }

  @Test
  void everyEnumOfTheApacheSparkClusterCrdIsAJavaEnumWithItsSpellings() throws IOException {
    assertThat(apacheEnumsOf("sparkclusters", "v1")).containsExactlyInAnyOrderEntriesOf(Map.of(
        ".status.currentState.currentStateSummary", sorted(ClusterStateSummary.class),
        ".status.stateTransitionHistory.*.currentStateSummary", sorted(ClusterStateSummary.class),
        ".status.currentAttemptSummary.stateTransitionHistory.*.currentStateSummary", sorted(ClusterStateSummary.class),
        ".status.previousAttemptSummary.stateTransitionHistory.*.currentStateSummary", sorted(ClusterStateSummary.class)));
  }

  @Test
  void theApacheV1beta1CrdClosesTheSameFieldsWithOneStateFewer() throws IOException {
    Map<String, List<String>> v1beta1 = apacheEnumsOf("sparkapplications", "v1beta1");
    assertThat(v1beta1.keySet()).isEqualTo(apacheEnumsOf("sparkapplications", "v1").keySet());
    List<String> withoutPartialCapacity = sorted(ApplicationStateSummary.class).stream()
        .filter(s -> !s.equals("RunningWithPartialCapacity")).toList();
    assertThat(v1beta1.get(".status.currentState.currentStateSummary")).isEqualTo(withoutPartialCapacity);
  }

  /** The CRD lists the spellings alphabetically (the operator's model generator sorts them). */
  private static List<String> sorted(Class<? extends Enum<?>> type) {
    return spellings(type).stream().sorted().toList();
  }

  @Test
  void fieldsTheCrdLeavesOpenAreStringsInTheModelWithATypedView() throws Exception {
    JsonNode scheduled = YAML.readTree(TestData.crd("scheduledsparkapplications").toFile())
        .at("/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/concurrencyPolicy");
    JsonNode secretType = YAML.readTree(TestData.crd("sparkapplications").toFile())
        .at("/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/driver/properties/secrets/items"
            + "/properties/secretType");
    assertThat(scheduled.get("type").asText()).isEqualTo("string");
    assertThat(secretType.get("type").asText()).isEqualTo("string");

    Type policy = ScheduledSparkApplicationSpec.class.getMethod("concurrencyPolicy").getGenericReturnType();
    assertThat(((ParameterizedType) policy).getActualTypeArguments()).containsExactly(String.class);
    assertThat(ScheduledSparkApplicationSpec.class.getMethod("concurrencyPolicyType").getGenericReturnType()
        .getTypeName()).isEqualTo("java.util.Optional<" + ConcurrencyPolicy.class.getName() + ">");
    assertThat(SecretInfo.class.getMethod("secretType").getReturnType()).isEqualTo(String.class);
    assertThat(SecretInfo.class.getMethod("knownSecretType").getGenericReturnType().getTypeName())
        .isEqualTo("java.util.Optional<" + SecretType.class.getName() + ">");
  }
}
