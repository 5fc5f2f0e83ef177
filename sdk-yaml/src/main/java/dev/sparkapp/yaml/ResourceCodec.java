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
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkAppException;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Jackson side of the SDK: binds parsed documents to the model (or to fabric8 types for other
 * kinds) and writes resources as canonical YAML or JSON. Jackson stays inside this package.
 */
final class ResourceCodec {
  /** The most field errors one document reports; a document with more is rarely worth reading further. */
  static final int MAX_FIELD_ERRORS = 100;

  private static final Pattern MISSING_ATTRIBUTES = Pattern.compile("required attributes are not set \\[(.*)]");

  private final ObjectMapper reader;
  private final ObjectMapper yamlWriter;
  /** Built on the first JSON write: {@code sparkapp fmt} and {@code validate} of YAML never write JSON (cold start). */
  private volatile ObjectMapper jsonWriter;

  ResourceCodec(boolean strict) {
    JsonMapper.Builder reading = JsonMapper.builder()
        .addModule(new Jdk8Module())
        // Cold start: a fabric8 class's deserializer is built when a document holds one, not up front.
        .addModule(LazyKubernetesDeserializers.module())
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
    NonNullableNulls.prune(document, () -> CrdSchemas.schemaTree(type));
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

  /**
   * Binds {@code tree} to {@code type}, collecting every field error of the document rather than the first:
   * after an error the offending node is taken out of a working copy and the binding runs again, until it
   * binds or {@value #MAX_FIELD_ERRORS} errors are found. A "missing field" that only reports a node taken
   * out for an earlier error is a consequence, not an error of its own, and is not reported.
   */
  private Object bindAs(ParsedDocument document, JsonNode tree, Class<?> type) {
    List<ManifestException> errors = new ArrayList<>();
    List<Removal> removals = new ArrayList<>();
    Set<FieldPath> removed = new HashSet<>();
    JsonNode working = tree;
    if (document.hasNulls()) {
      List<List<Object>> nulls = new ArrayList<>();
      nullElements(tree, new ArrayList<>(), nulls);
      if (!nulls.isEmpty()) {
        working = tree.deepCopy();
        for (int i = nulls.size() - 1; i >= 0; i--) { // from the last: each removal leaves the earlier in place
          List<Object> steps = nulls.get(i);
          FieldPath path = toPath(steps);
          errors.add(new InvalidValueException(document.positionOf(path), path, "a list element is null ('-' with"
              + " nothing after it, or '~'); give it a value or remove the '-'"));
          remove(working, steps, removals);
          removed.add(path);
        }
      }
    }
    while (true) {
      try {
        Object value = reader.readerFor(type).readValue(reader.treeAsTokens(working));
        if (errors.isEmpty()) {
          return value;
        }
        break;
      } catch (JsonMappingException e) {
        List<Object> steps = steps(e);
        FieldPath path = toPath(original(steps, removals));
        ManifestException error = translate(e, document, path, nodeAt(working, steps), removed);
        if (error != null) {
          errors.add(error);
        }
        if (errors.size() >= MAX_FIELD_ERRORS || steps.isEmpty()) {
          break;
        }
        if (working == tree) {
          working = tree.deepCopy();
        }
        if (!remove(working, steps, removals)) {
          break;
        }
        removed.add(path);
      } catch (java.io.IOException | RuntimeException e) {
        errors.add(new InvalidValueException(document.start(), FieldPath.root(), "cannot read the document: "
            + e.getMessage()));
        break;
      }
    }
    if (errors.isEmpty()) {
      throw new InvalidValueException(document.start(), FieldPath.root(), "cannot read the document");
    }
    errors.sort(Comparator.comparing((ManifestException e) -> e.position().map(SourcePosition::line).orElse(0))
        .thenComparing(e -> e.position().map(SourcePosition::column).orElse(0)));
    throw errors.size() == 1 ? errors.get(0) : new ManifestReadException(errors);
  }

  /** Adds the steps of every null list element under {@code node} to {@code out}, in document order. */
  private static void nullElements(JsonNode node, List<Object> steps, List<List<Object>> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getValue().isContainerNode()) {
          steps.add(field.getKey());
          nullElements(field.getValue(), steps, out);
          steps.remove(steps.size() - 1);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        if (element.isNull() || element.isContainerNode()) {
          steps.add(i);
          if (element.isNull()) {
            out.add(List.copyOf(steps));
          } else {
            nullElements(element, steps, out);
          }
          steps.remove(steps.size() - 1);
        }
      }
    }
  }

  /** A list element taken out of the working tree: the list's steps and the element's index, at that time. */
  private record Removal(List<Object> list, int index) {}

  /** The steps (field names and list indexes) of the path Jackson reports for {@code e}. */
  private static List<Object> steps(JsonMappingException e) {
    List<Object> steps = new ArrayList<>();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        steps.add(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        steps.add(reference.getIndex());
      }
    }
    return steps;
  }

  /** {@code steps} in the working tree as steps in the document as written, undoing the list removals. */
  private static List<Object> original(List<Object> steps, List<Removal> removals) {
    List<Object> at = new ArrayList<>(steps);
    for (int k = removals.size() - 1; k >= 0; k--) {
      Removal removal = removals.get(k);
      int n = removal.list().size();
      if (at.size() > n && at.subList(0, n).equals(removal.list()) && at.get(n) instanceof Integer index
          && index >= removal.index()) {
        at.set(n, index + 1);
      }
    }
    return at;
  }

  private static FieldPath toPath(List<Object> steps) {
    FieldPath path = FieldPath.root();
    for (Object step : steps) {
      path = step instanceof Integer index ? path.index(index) : path.field((String) step);
    }
    return path;
  }

  private static JsonNode nodeAt(JsonNode tree, List<Object> steps) {
    JsonNode node = tree;
    for (Object step : steps) {
      node = step instanceof Integer index ? node.path(index) : node.path((String) step);
    }
    return node;
  }

  /**
   * Takes the node at {@code steps} (or, when the path goes deeper than the tree, the deepest node on it) out
   * of {@code tree}; returns {@code false} when there is nothing but the root to take.
   */
  private static boolean remove(JsonNode tree, List<Object> steps, List<Removal> removals) {
    JsonNode parent = null;
    JsonNode node = tree;
    int depth = 0;
    while (depth < steps.size()) {
      Object step = steps.get(depth);
      JsonNode child = step instanceof Integer index ? node.get(index) : node.get((String) step);
      if (child == null) {
        break;
      }
      parent = node;
      node = child;
      depth++;
    }
    if (parent == null) {
      return false;
    }
    Object last = steps.get(depth - 1);
    if (last instanceof Integer index && parent instanceof ArrayNode list) {
      list.remove(index);
      removals.add(new Removal(List.copyOf(steps.subList(0, depth - 1)), index));
    } else if (parent instanceof ObjectNode object) {
      object.remove((String) last);
    } else {
      return false;
    }
    return true;
  }

  private static String requiredText(ParsedDocument document, String field) {
    JsonNode value = document.tree().get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
      throw new MissingFieldException(document.start(), FieldPath.of(field),
          "the document has no " + field + "; every Kubernetes resource needs apiVersion and kind");
    }
    if (!value.isTextual()) {
      throw new InvalidValueException(document.valuePositionOf(FieldPath.of(field)), FieldPath.of(field),
          field + " must be a string, found " + describe(value));
    }
    return value.asText();
  }

  /**
   * The typed error for {@code e} at {@code path}, whose value (in the working tree) is {@code actual}; {@code
   * null} when it only reports as missing what an earlier error took out ({@code removed}).
   */
  private ManifestException translate(JsonMappingException e, ParsedDocument document, FieldPath path,
      JsonNode actual, Set<FieldPath> removed) {
    SourcePosition where = document.positionOf(path);
    SourcePosition value = valuePosition(document, path, where);
    if (e instanceof PropertyBindingException unknown) {
      return unknownField(unknown, path, where);
    }
    if (e instanceof ValueInstantiationException || e.getCause() instanceof InvalidArgumentException) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      Matcher matcher = MISSING_ATTRIBUTES.matcher(String.valueOf(cause.getMessage()));
      if (matcher.find()) {
        List<String> fields = Arrays.asList(matcher.group(1).split(",\\s*"));
        if (!removed.isEmpty() && fields.stream().allMatch(f -> removed.contains(path.field(f)))) {
          return null;
        }
        return new MissingFieldException(where, path, "missing required field" + (fields.size() > 1 ? "s " : " ")
            + fields.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ")));
      }
      return new InvalidValueException(value, path, String.valueOf(cause.getMessage()));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> target = mismatch.getTargetType();
      String found = actual.isMissingNode() ? "" : ", found " + describe(actual);
      if (e instanceof InvalidFormatException invalid && target.isEnum()) {
        return new InvalidValueException(value, path, "invalid value '" + invalid.getValue()
            + "'; expected one of " + Arrays.stream(target.getEnumConstants())
                .map(c -> "'" + c + "'").collect(Collectors.joining(", ", "[", "]")));
      }
      return new InvalidValueException(value, path, "expected " + expected(target) + found);
    }
    return new InvalidValueException(value, path, ManifestException.oneLine(e.getOriginalMessage()));
  }

  /**
   * Where a wrong value stands: its own position when it starts on its key's line ({@code cores: "two"},
   * {@code args: [1]}), else its key's ({@code cpu:} over a block mapping), which names the field best.
   */
  private static SourcePosition valuePosition(ParsedDocument document, FieldPath path, SourcePosition key) {
    SourcePosition value = document.valuePositions().get(path);
    return value != null && value.line() == key.line() ? value : key;
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

  private ObjectMapper jsonWriter() {
    ObjectMapper writer = jsonWriter;
    if (writer == null) {
      synchronized (this) {
        writer = jsonWriter;
        if (writer == null) {
          writer = configureWriter(JsonMapper.builder()).build();
          jsonWriter = writer;
        }
      }
    }
    return writer;
  }

  String toJson(Object resource) {
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return jsonWriter().writer(printer).writeValueAsString(resource) + "\n";
    } catch (JsonProcessingException e) {
      throw new SparkAppException("cannot write " + resource.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
