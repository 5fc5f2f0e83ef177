package dev.sparkapp.yaml;

import java.util.List;

/**
 * A named set of resources built with the SDK: the code a project writes so that its build renders its
 * manifests. The Maven plugin's {@code render} goal finds the implementations of a project (listed in
 * {@code META-INF/services/dev.sparkapp.yaml.ManifestSource}, or named in the plugin's configuration),
 * validates what each returns and writes it, in canonical YAML, to {@code NAME.yaml}; the samples that
 * {@code sparkapp render NAME} prints are manifest sources too.
 *
 * <pre>{@code
 * public final class NightlyReport implements ManifestSource {
 *   public String name() { return "nightly-report"; }
 *   public List<Object> resources() { return List.of(ScheduledSparkApplication.builder()...build()); }
 * }
 * }</pre>
 *
 * <p>An implementation has a public no-argument constructor and builds the same resources every time it is
 * asked (a build writes them; a second build of the same sources writes the same bytes).
 */
public interface ManifestSource {
  /**
   * The name of the set, which names its file: lower-case letters, digits and {@code -}, starting with a
   * letter, as in {@code spark-pi}.
   */
  String name();

  /**
   * The resources to write, in the order they are written and applied: {@code SparkApplication}s,
   * {@code ScheduledSparkApplication}s and other fabric8 resources. An application's companion resources
   * (the log4j2 {@code ConfigMap} of a log-staleness probe) need not be listed: {@code SparkYaml} writes each
   * after its application when the list lacks it.
   */
  List<Object> resources();
}
