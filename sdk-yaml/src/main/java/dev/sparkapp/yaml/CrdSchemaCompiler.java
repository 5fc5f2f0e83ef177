package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the verbatim kubeflow CRDs ({@code sdk-yaml/src/crd/*.yaml}) into the schemas that
 * {@link CrdSchemas} checks against, at build time ({@code process-classes}, see the module's pom): the
 * {@code openAPIV3Schema} of the version the SDK models of each ({@code v1beta2}; {@code v1alpha1} for
 * SparkConnect), without {@code description}s, with every object that
 * lists its properties closed to other fields (as the API server's strict field validation is), written
 * as compact JSON. Reading 100 KB of JSON at run time instead of 800 KB of YAML saves about a third of
 * a second of every {@code sparkapp validate}.
 */
final class CrdSchemaCompiler {
  private CrdSchemaCompiler() {}

  /** The resource, next to {@link CrdSchemas}, that holds the compiled schema of {@code crdFile}. */
  static String compiledName(String crdFile) {
    return "crd/" + crdFile.replaceFirst("\\.yaml$", ".schema.json");
  }

  /** {@code args}: the directory of the CRD files, then the output directory of the classes. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CrdSchemaCompiler CRD_DIR CLASSES_DIR");
    }
    Path crds = Path.of(args[0]);
    Path out = Path.of(args[1]).resolve(CrdSchemas.class.getPackageName().replace('.', '/'));
    for (ResourceKind<?> kind : ResourceKinds.all()) {
      String file = CrdSchemas.crdFile(kind);
      JsonNode crd = new YAMLMapper().readTree(crds.resolve(file).toFile());
      for (String version : kind.servedVersions()) {
        JsonNode schema = compileVersion(crd, file, version);
        Path target = out.resolve(version.equals(kind.version()) ? compiledName(file) : compiledName(file, version));
        Files.createDirectories(target.getParent());
        Files.write(target, JsonMapper.builder().build().writeValueAsBytes(schema));
      }
    }
  }

  /**
   * The resource that holds the compiled schema of {@code version}, a further served version of the kind in
   * {@code crdFile} ({@link dev.sparkapp.core.ResourceKind#servedVersions()}): each is checked against its own.
   */
  static String compiledName(String crdFile, String version) {
    return "crd/" + crdFile.replaceFirst("\\.yaml$", "." + version + ".schema.json");
  }

  /**
   * The version of the resource in {@code crdFile} that the SDK models: the version its registered kind
   * declares; {@code v1beta2}, the kubeflow operator's stored version, for a file of no registered kind.
   */
  static String modeledVersion(String crdFile) {
    return ResourceKinds.all().stream().filter(kind -> CrdSchemas.crdFile(kind).equals(crdFile)).findFirst()
        .map(ResourceKind::version).orElse(SparkResource.VERSION);
  }

  /** Returns the compiled {@code openAPIV3Schema} of the version of {@code crd} that the SDK models. */
  static JsonNode compile(JsonNode crd, String file) {
    return compileVersion(crd, file, modeledVersion(file));
  }

  /** Returns the compiled {@code openAPIV3Schema} of {@code modeled}, a version of {@code crd}. */
  static JsonNode compileVersion(JsonNode crd, String file, String modeled) {
    for (JsonNode version : crd.path("spec").path("versions")) {
      if (modeled.equals(version.path("name").asText())) {
        JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
        addObjectFields(schema);
        prepare(schema);
        return schema;
      }
    }
    throw new IllegalArgumentException(file + " has no version " + modeled);
  }

  /**
   * Declares {@code apiVersion}, {@code kind} and {@code metadata} at the root where a CRD leaves them out
   * (the Apache operator's do): the API server accepts them on every object, so closing the root must not
   * refuse them.
   */
  private static void addObjectFields(JsonNode root) {
    if (root instanceof ObjectNode schema && schema.has("properties") && !schema.path("properties").has("metadata")) {
      ObjectNode properties = (ObjectNode) schema.get("properties");
      properties.putObject("apiVersion").put("type", "string");
      properties.putObject("kind").put("type", "string");
      properties.putObject("metadata").put("type", "object");
    }
  }

  /**
   * Prepares one schema object and, through the keywords that hold schemas, every schema under it.
   * Only keywords are touched: a property that happens to be named {@code description} stays.
   */
  private static void prepare(JsonNode node) {
    if (!(node instanceof ObjectNode schema)) {
      return;
    }
    if (schema.path("description").isTextual()) {
      schema.remove("description");
    }
    if (schema.has("properties") && !schema.has("additionalProperties")
        && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
      schema.set("additionalProperties", BooleanNode.FALSE);
    }
    schema.path("properties").forEach(CrdSchemaCompiler::prepare);
    schema.path("patternProperties").forEach(CrdSchemaCompiler::prepare);
    for (String keyword : List.of("items", "additionalProperties", "not")) {
      prepare(schema.get(keyword));
    }
    for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
      schema.path(keyword).forEach(CrdSchemaCompiler::prepare);
    }
  }
}
