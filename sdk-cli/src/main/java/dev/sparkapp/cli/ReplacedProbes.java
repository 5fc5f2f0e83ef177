package dev.sparkapp.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.yaml.SparkYaml;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The probes that {@code probes add} changed in a resource: every {@code livenessProbe}, {@code
 * readinessProbe} and {@code startupProbe} of a named container (in any {@code containers} list, such as
 * {@code spec.driver.template.spec.containers}) that was set before and differs after. Compares the
 * resource's JSON form, so it serves every kind the SDK reads without knowing where each keeps its pods.
 */
final class ReplacedProbes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");

  private ReplacedProbes() {}

  /** A probe at {@code path} that was {@code before} and is {@code after}, each described in a few words. */
  record Replacement(FieldPath path, String before, String after) {}

  /** The probes of {@code before} that differ in {@code after}, in document order. */
  static List<Replacement> between(SparkYaml yaml, Object before, Object after) {
    if (before == after) {
      return List.of();
    }
    List<Replacement> found = new ArrayList<>();
    walk(tree(yaml, before), tree(yaml, after), FieldPath.root(), found);
    return found;
  }

  private static JsonNode tree(SparkYaml yaml, Object resource) {
    try {
      // toJson writes a resource whose presets need a ConfigMap as a v1 List: the resource, then its companions.
      JsonNode written = JSON.readTree(yaml.toJson(resource));
      return "List".equals(written.path("kind").asText()) ? written.path("items").path(0) : written;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the SDK's own JSON did not parse", e);
    }
  }

  private static void walk(JsonNode before, JsonNode after, FieldPath path, List<Replacement> found) {
    if (before == null || !before.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = before.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode afterField = after == null ? null : after.get(field.getKey());
      FieldPath at = path.field(field.getKey());
      if (field.getKey().equals("containers") && field.getValue().isArray()) {
        for (JsonNode container : field.getValue()) {
          String name = container.path("name").asText(null);
          if (name != null) {
            compare(container, named(afterField, name), at.named(name), found);
          }
        }
      } else {
        walk(field.getValue(), afterField, at, found);
      }
    }
  }

  private static JsonNode named(JsonNode containers, String name) {
    if (containers == null || !containers.isArray()) {
      return null;
    }
    return StreamSupport.stream(containers.spliterator(), false)
        .filter(c -> name.equals(c.path("name").asText(null))).findFirst().orElse(null);
  }

  private static void compare(JsonNode before, JsonNode after, FieldPath container, List<Replacement> found) {
    for (String probe : PROBES) {
      JsonNode old = before.get(probe);
      JsonNode now = after == null ? null : after.get(probe);
      if (old != null && !old.isNull() && !old.equals(now)) {
        found.add(new Replacement(container.field(probe), describe(old), now == null ? "none" : describe(now)));
      }
    }
  }

  /** {@code httpGet :4040 /api/v1/version}, {@code tcpSocket :7078}, {@code exec [sh, -c, ...]}, {@code grpc :15002}. */
  static String describe(JsonNode probe) {
    String timing = probe.has("periodSeconds") ? " every " + probe.get("periodSeconds").asText() + "s" : "";
    if (probe.has("httpGet")) {
      JsonNode get = probe.get("httpGet");
      return "httpGet :" + get.path("port").asText() + " " + get.path("path").asText("/") + timing;
    } else if (probe.has("tcpSocket")) {
      return "tcpSocket :" + probe.get("tcpSocket").path("port").asText() + timing;
    } else if (probe.has("grpc")) {
      return "grpc :" + probe.get("grpc").path("port").asText() + timing;
    } else if (probe.has("exec")) {
      String command = StreamSupport.stream(probe.get("exec").path("command").spliterator(), false)
          .map(JsonNode::asText).collect(Collectors.joining(" "));
      return "exec [" + (command.length() > 60 ? command.substring(0, 57) + "..." : command) + "]" + timing;
    }
    return "a probe without a handler";
  }
}
