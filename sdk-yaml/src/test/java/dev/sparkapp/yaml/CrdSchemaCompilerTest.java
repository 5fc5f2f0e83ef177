package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrdSchemaCompilerTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonNode compile(String crdYaml) throws IOException {
    return CrdSchemaCompiler.compile(YAML.readTree(crdYaml), "test.yaml");
  }

  private static String crd(String schema) {
    return "spec:\n  versions:\n  - name: v1alpha1\n    schema: {openAPIV3Schema: {type: string}}\n"
        + "  - name: v1beta2\n    schema:\n      openAPIV3Schema:\n" + schema.indent(8);
  }

  @Test
  void dropsDescriptionsButKeepsAPropertyNamedDescription() throws IOException {
    JsonNode schema = compile(crd("""
        type: object
        description: the resource
        properties:
          description: {type: string, description: a field called description}
          spec: {type: object, description: the spec, properties: {a: {type: integer, description: A}}}
        """));

    assertThat(schema.has("description")).isFalse();
    assertThat(schema.at("/properties/description")).hasToString("{\"type\":\"string\"}");
    assertThat(schema.at("/properties/spec/properties/a")).hasToString("{\"type\":\"integer\"}");
  }

  @Test
  void closesObjectsWithPropertiesExceptWherePreservingUnknownFields() throws IOException {
    JsonNode schema = compile(crd("""
        type: object
        properties:
          spec:
            type: object
            properties:
              template: {type: object, properties: {a: {type: string}}, x-kubernetes-preserve-unknown-fields: true}
              list: {type: array, items: {type: object, properties: {b: {type: string}}}}
              map: {type: object, additionalProperties: {type: object, properties: {c: {type: string}}}}
              free: {type: object, additionalProperties: {type: string}}
        """));

    assertThat(schema.at("/additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.at("/properties/spec/additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.at("/properties/spec/properties/template").has("additionalProperties")).isFalse();
    assertThat(schema.at("/properties/spec/properties/list/items/additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.at("/properties/spec/properties/map/additionalProperties/additionalProperties")
        .asBoolean(true)).isFalse();
    assertThat(schema.at("/properties/spec/properties/free/additionalProperties"))
        .hasToString("{\"type\":\"string\"}");
  }

  @Test
  void refusesACrdWithoutTheModeledVersion() {
    assertThatThrownBy(() -> CrdSchemaCompiler.compile(
        YAML.readTree("spec: {versions: [{name: v1beta1}]}"), "old.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("old.yaml has no version v1beta2");
  }

  @Test
  void compilesTheAlphaVersionOfTheSparkConnectCrd() throws IOException {
    JsonNode schema = CrdSchemaCompiler.compile(YAML.readTree(crd("type: object")), CrdSchemas.CONNECT_CRD);
    assertThat(schema).hasToString("{\"type\":\"string\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {CrdSchemas.APPLICATION_CRD, CrdSchemas.SCHEDULED_CRD, CrdSchemas.CONNECT_CRD})
  void bundlesTheCompiledSchemaOfTheBundledCrd(String file) throws IOException {
    Path bundled = Path.of("src/crd").resolve(file);

    JsonNode compiled;
    try (InputStream in = CrdSchemas.class.getResourceAsStream(CrdSchemaCompiler.compiledName(file))) {
      assertThat(in).as("compiled schema on the classpath").isNotNull();
      compiled = JsonMapper.builder().build().readTree(in);
    }
    assertThat(compiled).isEqualTo(CrdSchemaCompiler.compile(YAML.readTree(Files.readString(bundled)), file));
  }

  @ParameterizedTest
  @ValueSource(strings = {CrdSchemas.APPLICATION_CRD, CrdSchemas.SCHEDULED_CRD, CrdSchemas.CONNECT_CRD})
  void bundledCrdEqualsTheUpstreamCopyWhereOneIsBeside(String file) {
    Optional<Path> upstream = TestData.upstreamCrds();
    assumeTrue(upstream.isPresent(), "no ../shared/crds beside the repository: the upstream comparison is skipped");
    assertThat(Path.of("src/crd").resolve(file)).hasSameBinaryContentAs(upstream.get().resolve(file));
  }
}
