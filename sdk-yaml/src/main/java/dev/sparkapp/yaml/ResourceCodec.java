package dev.sparkapp.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.probe.ProbeKind;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Jackson side of the SDK: binds parsed documents to the model (or to fabric8 types for other
 * kinds) and writes resources as canonical YAML or JSON. Jackson stays inside this package.
 */
final class ResourceCodec {
  private static final Pattern MISSING_ATTRIBUTES = Pattern.compile("required attributes are not set \\[(.*)]");

  private final ObjectMapper reader;
  private final ObjectMapper yamlWriter;
  private final ObjectMapper jsonWriter;

  ResourceCodec(boolean strict) {
    JsonMapper.Builder reading = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // The model's Java-only attributes (the probe presets a pod builder records) are no manifest
        // fields: a document that sets one gets an UnknownFieldException rather than a silent drop.
        .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .addMixIn(Quantity.class, NumericQuantity.ReadMixIn.class);
    if (strict) {
      reading.addModule(new SimpleModule("sparkapp-strict-fields").setDeserializerModifier(new StrictFields()));
    }
    this.reader = reading.build();
    YAMLFactory yaml = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        // Yaml11Quoting quotes every string that looks like a number, and more; this feature would run
        // a second regular expression over every plain string.
        .disable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .stringQuotingChecker(Yaml11Quoting.INSTANCE)
        .build();
    this.yamlWriter = configureWriter(YAMLMapper.builder(yaml)).build();
    this.jsonWriter = configureWriter(JsonMapper.builder()).build();
  }

  private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
      B configureWriter(B builder) {
    return builder
        .addModule(new Jdk8Module())
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  /** Binds one parsed document to the model, or to a fabric8 type for kinds outside the operator. */
  Object bind(ParsedDocument document, String source) {
    JsonNode tree = document.tree();
    if (!tree.isObject()) {
      throw new InvalidValueException(document.start(), FieldPath.root(),
          "a document must be a mapping with apiVersion and kind, found " + describe(tree));
    }
    String apiVersion = requiredText(document, "apiVersion");
    String kind = requiredText(document, "kind");
    Class<?> type;
    Optional<ResourceKind<?>> modelled = ResourceKinds.find(apiVersion, kind);
    if (modelled.isPresent()) {
      type = modelled.get().type();
    } else if (ResourceKinds.all().stream().anyMatch(k -> apiVersion.startsWith(k.group() + "/"))) {
      throw new UnsupportedResourceException(document.positions().get(FieldPath.of("apiVersion")),
          FieldPath.root(), apiVersion + " " + kind + " is not supported; this SDK models "
              + modelledKinds());
    } else {
      return bindAs(document, tree, KubernetesResource.class);
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode().setAll((ObjectNode) tree); // shallow: nothing below changes
    if (modelled.get().servedVersions().size() == 1) {
      body.remove("apiVersion"); // a kind served in several versions keeps the one written (ResourceKind#servedVersions)
    }
    body.remove("kind");
    return bindAs(document, body, type);
  }

  /**
   * The registered kinds as messages list them, by API version: {@code g/v1beta2 SparkApplication and
   * ScheduledSparkApplication, and g/v1alpha1 SparkConnect}.
   */
  static String modelledKinds() {
    Map<String, List<String>> byVersion = new LinkedHashMap<>();
    ResourceKinds.all().forEach(k -> byVersion.computeIfAbsent(k.apiVersion(), v -> new ArrayList<>()).add(k.kind()));
    List<String> groups = new ArrayList<>();
    byVersion.forEach((version, kinds) -> groups.add(version + " " + String.join(" and ", kinds)));
    int last = groups.size() - 1;
    return last == 0 ? groups.get(0) : String.join(", ", groups.subList(0, last)) + ", and " + groups.get(last);
  }

  private Object bindAs(ParsedDocument document, JsonNode tree, Class<?> type) {
    try {
      return reader.readerFor(type).readValue(reader.treeAsTokens(tree));
    } catch (JsonMappingException e) {
      throw translate(e, document);
    } catch (java.io.IOException | RuntimeException e) {
      throw new InvalidValueException(document.start(), FieldPath.root(), "cannot read the document: "
          + e.getMessage());
    }
  }

  private static String requiredText(ParsedDocument document, String field) {
    JsonNode value = document.tree().get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
      throw new MissingFieldException(document.start(), FieldPath.of(field),
          "the document has no " + field + "; every Kubernetes resource needs apiVersion and kind");
    }
    if (!value.isTextual()) {
      throw new InvalidValueException(document.positions().get(FieldPath.of(field)), FieldPath.of(field),
          field + " must be a string, found " + describe(value));
    }
    return value.asText();
  }

  private ManifestException translate(JsonMappingException e, ParsedDocument document) {
    FieldPath path = FieldPath.root();
    JsonNode actual = document.tree();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path = path.field(reference.getFieldName());
        actual = actual.path(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path = path.index(reference.getIndex());
        actual = actual.path(reference.getIndex());
      }
    }
    SourcePosition where = positionOf(document, path);
    if (e instanceof PropertyBindingException unknown) {
      return unknownField(unknown, path, where);
    }
    if (e instanceof ValueInstantiationException || e.getCause() instanceof InvalidArgumentException) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      Matcher matcher = MISSING_ATTRIBUTES.matcher(String.valueOf(cause.getMessage()));
      if (matcher.find()) {
        String fields = matcher.group(1);
        return new MissingFieldException(where, path, "missing required field" + (fields.contains(",") ? "s " : " ")
            + Arrays.stream(fields.split(",\\s*")).map(f -> "'" + f + "'").collect(Collectors.joining(", ")));
      }
      return new InvalidValueException(where, path, String.valueOf(cause.getMessage()));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> target = mismatch.getTargetType();
      String found = actual.isMissingNode() ? "" : ", found " + describe(actual);
      if (e instanceof InvalidFormatException invalid && target.isEnum()) {
        return new InvalidValueException(where, path, "invalid value '" + invalid.getValue()
            + "'; expected one of " + Arrays.stream(target.getEnumConstants())
                .map(c -> "'" + c + "'").collect(Collectors.joining(", ", "[", "]")));
      }
      return new InvalidValueException(where, path, "expected " + expected(target) + found);
    }
    return new InvalidValueException(where, path, ManifestException.oneLine(e.getOriginalMessage()));
  }

  private ManifestException unknownField(PropertyBindingException e, FieldPath path, SourcePosition where) {
    String field = e.getPropertyName();
    String owner = typeName(e.getReferringClass());
    StringBuilder reason = new StringBuilder("unknown field '").append(field).append("' in ").append(owner);
    if (Arrays.stream(ProbeKind.values()).anyMatch(kind -> kind.fieldName().equals(field)) && !"Container".equals(owner)) {
      reason.append("; probes belong to a container of the pod template, e.g. spec.driver.template.spec"
          + ".containers[spark-kubernetes-driver].").append(field).append(" (see dev.sparkapp.core.probe.Probes)");
    } else {
      FieldSuggestion.closest(field, e.getKnownPropertyIds())
          .ifPresent(s -> reason.append("; did you mean '").append(s).append("'?"));
    }
    return new UnknownFieldException(where, path, reason.toString());
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "this object";
    }
    Class<?> named = type.getEnclosingClass() != null && type.getSimpleName().equals("Json")
        ? type.getEnclosingClass() : type;
    String name = named.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }

  private static String expected(Class<?> target) {
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
      return "an integer";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "a boolean (true or false)";
    }
    if (target == String.class) {
      return "a string (quote numbers and booleans: \"5000\", \"true\")";
    }
    if (List.class.isAssignableFrom(target)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(target)) {
      return "a mapping";
    }
    if (target == Quantity.class) {
      return "a quantity: a number or a string such as 500m, 1.5 or 2Gi";
    }
    return "a " + typeName(target) + " mapping";
  }

  private static SourcePosition positionOf(ParsedDocument document, FieldPath path) {
    for (FieldPath at = path; at != null; at = at.parent().orElse(null)) {
      SourcePosition position = document.positions().get(at);
      if (position != null) {
        return position;
      }
    }
    return document.start();
  }

  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "the string '" + node.asText() + "'";
    }
    if (node.isNumber() || node.isBoolean()) {
      return "the " + (node.isBoolean() ? "boolean " : "number ") + node.asText();
    }
    if (node.isNull()) {
      return "null";
    }
    return node.isArray() ? "a list" : "a mapping";
  }

  /** Returns the resource as a Jackson tree, as it would be written. */
  JsonNode toTree(Object resource) {
    return yamlWriter.valueToTree(resource);
  }

  String toYaml(Object resource) {
    try {
      return yamlWriter.writeValueAsString(resource);
    } catch (JsonProcessingException e) {
      throw new SparkAppException("cannot write " + resource.getClass().getSimpleName() + " as YAML: "
          + e.getOriginalMessage(), e);
    }
  }

  String toJson(Object resource) {
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return jsonWriter.writer(printer).writeValueAsString(resource) + "\n";
    } catch (JsonProcessingException e) {
      throw new SparkAppException("cannot write " + resource.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
