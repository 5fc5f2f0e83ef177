package dev.sparkapp.yaml;

import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkAppException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.validate.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code openAPIV3Schema} of the bundled kubeflow CRDs, checked with networknt json-schema-validator.
 * Each kind's schema is loaded on the first check of a document of that kind, once, from the compact
 * JSON that {@link CrdSchemaCompiler} writes at build time. Objects with declared properties reject unknown fields (the API server's strict field
 * validation, which {@code kubectl apply} uses), except where the CRD says
 * {@code x-kubernetes-preserve-unknown-fields}.
 */
final class CrdSchemas {
  /** The rule id prefix of schema violations; the keyword follows, as in {@code schema-type}. */
  static final String RULE_PREFIX = "schema-";

  /** The bundled CRD of SparkApplication, in {@code sdk-yaml/src/crd/}. */
  static final String APPLICATION_CRD = "sparkoperator.k8s.io_sparkapplications.yaml";

  /** The bundled CRD of ScheduledSparkApplication, in {@code sdk-yaml/src/crd/}. */
  static final String SCHEDULED_CRD = "sparkoperator.k8s.io_scheduledsparkapplications.yaml";

  /** The bundled CRD of SparkConnect ({@code v1alpha1}), in {@code sdk-yaml/src/crd/}. */
  static final String CONNECT_CRD = "sparkoperator.k8s.io_sparkconnects.yaml";

  private CrdSchemas() {}

  /**
   * The bundled CRD file of {@code kind} in {@code sdk-yaml/src/crd/}, named as the operators name theirs:
   * {@code <group>_<plural>.yaml}. A new kind's CRD goes there under that name.
   */
  static String crdFile(ResourceKind<?> kind) {
    return kind.group() + "_" + kind.plural() + ".yaml";
  }

  /**
   * Each registered kind's compiled schema, by {@code apiVersion kind}: compiled on the first document of that
   * kind, once, so a run that reads one kind compiles one schema.
   */
  private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

  /** What every schema is compiled with, initialized by the JVM on first access, once. */
  private static final class Compiler {
    private static final JsonSchemaFactory FACTORY = openApi30Factory();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_PATH)
        .formatAssertionsEnabled(false)
        .build();

    private static JsonSchema load(String resource) {
      return FACTORY.getSchema(readCompiled(resource), CONFIG);
    }
  }

  /** OpenAPI 3.0 schemas, whose vendor keywords ({@code x-kubernetes-*}) are annotations, not errors. */
  private static JsonSchemaFactory openApi30Factory() {
    JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
        .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
        .build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
  }

  /**
   * The compiled schemas as trees, without the validator built over them: what {@link NonNullableNulls} walks
   * when a document holds a null. Each kind's tree is read on first access, once.
   */
  private static final Map<Class<?>, JsonNode> TREES = new ConcurrentHashMap<>();

  /** Reads the trees only; a plain mapper, so that reading a tree does not initialize {@link Compiler}. */
  private static final JsonMapper TREE_READER = JsonMapper.builder().build();

  /** Reads the compiled schema {@code resource} (see {@link CrdSchemaCompiler#compiledName}) from the sdk-yaml jar. */
  private static JsonNode readCompiled(String resource) {
    try (InputStream in = CrdSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SparkAppException("the compiled CRD schema " + resource + " is missing from the sdk-yaml jar");
      }
      return TREE_READER.readTree(in);
    } catch (IOException e) {
      throw new SparkAppException("the compiled CRD schema " + resource + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The {@code openAPIV3Schema} of {@code type}'s CRD as a tree, or {@code null} for a type without one. */
  static JsonNode schemaTree(Class<?> type) {
    return ResourceKinds.all().stream().filter(k -> k.type() == type).findFirst()
        .map(k -> TREES.computeIfAbsent(type, t -> readCompiled(CrdSchemaCompiler.compiledName(crdFile(k)))))
        .orElse(null);
  }

  /** Compiles every registered kind's schema in every served version now (each once; later calls do nothing). */
  static void load() {
    for (ResourceKind<?> kind : ResourceKinds.all()) {
      kind.servedVersions().forEach(version -> schema(kind, version));
    }
  }

  /** The schema of {@code kind} as served in {@code version}, compiled on first use, once. */
  private static JsonSchema schema(ResourceKind<?> kind, String version) {
    return COMPILED.computeIfAbsent(kind.group() + "/" + version + " " + kind.kind(), key -> Compiler.load(
        version.equals(kind.version()) ? CrdSchemaCompiler.compiledName(crdFile(kind))
            : CrdSchemaCompiler.compiledName(crdFile(kind), version)));
  }

  /** Checks {@code document}, a resource of a registered kind as a tree. */
  static List<Violation> check(JsonNode document) {
    String kind = document.path("kind").asText();
    String apiVersion = document.path("apiVersion").asText();
    JsonSchema schema = ResourceKinds.find(apiVersion, kind)
        .map(k -> schema(k, apiVersion.substring(apiVersion.indexOf('/') + 1)))
        .orElseThrow(() -> new InvalidArgumentException("no bundled schema for kind '" + kind + "'"));
    return schema.validate(document).stream()
        .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
            .thenComparing(ValidationMessage::getMessage))
        .map(CrdSchemas::toViolation)
        .toList();
  }

  private static Violation toViolation(ValidationMessage message) {
    FieldPath path = toFieldPath(message.getInstanceLocation());
    String type = message.getType();
    String property = message.getProperty();
    if (property != null && ("required".equals(type) || "additionalProperties".equals(type))) {
      path = path.field(property);
    }
    String reason = switch (type) {
      case "required" -> "is required by the CRD: add it";
      case "additionalProperties" -> "is not a field of the CRD: remove it or check its spelling and indentation";
      default -> stripLocation(message) + " (CRD schema)";
    };
    return Violation.error(path, RULE_PREFIX + type, reason);
  }

  /** networknt prefixes its messages with the instance location; the Violation carries the path. */
  private static String stripLocation(ValidationMessage message) {
    String text = message.getMessage();
    String prefix = message.getInstanceLocation() + ": ";
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  static FieldPath toFieldPath(JsonNodePath location) {
    FieldPath path = FieldPath.root();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path = element instanceof Integer index ? path.index(index) : path.field(String.valueOf(element));
    }
    return path;
  }
}
