package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages of sdk-core free of cycles: the model ({@code dev.sparkapp.core}) is read by the
 * probe presets ({@code .probe}) and by validation ({@code .validate}) and depends on neither. Reads the
 * compiled classes with the JDK's {@code jdeps}, class by class, so a dependency hidden in a generated
 * {@code Immutable*} class or a signature counts as much as one in source.
 */
class PackageDependenciesTest {
  private static final String ROOT = "dev.sparkapp.core";
  /** A jdeps {@code -verbose:class} line: {@code   a.b.C   -> d.e.F   classes}. */
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S.*$");

  @Test
  void packagesOfSdkCoreHaveNoCycle() throws Exception {
    Map<String, Map<String, Set<String>>> graph = packageGraph(classesDirectory());

    assertThat(graph.get(ROOT + ".probe")).as("jdeps saw the presets read the model").containsKey(ROOT);
    assertThat(graph.get(ROOT + ".validate")).as("jdeps saw validation read the model").containsKey(ROOT);
    assertThat(describe(cycles(graph), graph)).as("package cycles in sdk-core").isEmpty();
  }

  @Test
  void cyclesFindsEveryPackageOnACycleAndNoneOffIt() {
    Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
    edge(graph, "a", "b");
    edge(graph, "b", "c");
    edge(graph, "c", "a");
    edge(graph, "c", "d");
    edge(graph, "e", "e");

    assertThat(cycles(graph)).containsExactly(Set.of("a", "b", "c"));
    assertThat(describe(cycles(graph), graph))
        .containsExactly("a -> b (a.X -> b.Y)", "b -> c (b.X -> c.Y)", "c -> a (c.X -> a.Y)");
  }

  @Test
  void aGraphWithoutCycleHasNone() {
    Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
    edge(graph, "a", "b");
    edge(graph, "a", "c");
    edge(graph, "b", "c");

    assertThat(cycles(graph)).isEmpty();
  }

  private static void edge(Map<String, Map<String, Set<String>>> graph, String from, String to) {
    graph.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>())
        .add(from + ".X -> " + to + ".Y");
  }

  private static Path classesDirectory() throws URISyntaxException {
    Path classes = Path.of(SparkApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(Files.isDirectory(classes)).as("sdk-core's classes directory %s", classes).isTrue();
    return classes;
  }

  /** Package → package it depends on → the class dependencies behind that edge, for packages under {@link #ROOT}. */
  private static Map<String, Map<String, Set<String>>> packageGraph(Path classes) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", classes.toString());
    assertThat(exit).as("jdeps exit code; stderr: %s", err).isZero();
    Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      Matcher m = EDGE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String from = packageOf(m.group(1));
      String to = packageOf(m.group(2));
      if (from.startsWith(ROOT) && to.startsWith(ROOT) && !from.equals(to)) {
        graph.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>())
            .add(m.group(1) + " -> " + m.group(2));
      }
    }
    return graph;
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** The strongly connected components of more than one package (Tarjan's algorithm), each sorted. */
  static List<Set<String>> cycles(Map<String, Map<String, Set<String>>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> components = new ArrayList<>();
    for (String node : new TreeSet<>(graph.keySet())) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, stack, onStack, components);
      }
    }
    components.removeIf(c -> c.size() < 2);
    return components;
  }

  private static void connect(String node, Map<String, Map<String, Set<String>>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> components) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, onStack, components);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      components.add(component);
    }
  }

  /** Each edge inside a cycle, as {@code from -> to (first class dependencies behind it)}. */
  private static List<String> describe(List<Set<String>> cycles, Map<String, Map<String, Set<String>>> graph) {
    List<String> edges = new ArrayList<>();
    for (Set<String> cycle : cycles) {
      for (String from : cycle) {
        graph.getOrDefault(from, Map.of()).forEach((to, because) -> {
          if (cycle.contains(to)) {
            List<String> some = because.stream().limit(3).toList();
            edges.add(from + " -> " + to + " (" + String.join(", ", some)
                + (because.size() > some.size() ? ", and " + (because.size() - some.size()) + " more" : "") + ")");
          }
        });
      }
    }
    return edges;
  }
}
