package dev.sparkapp.cli;

import dev.sparkapp.samples.Sample;
import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.SparkYaml;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sparkapp render NAME}: prints a sample's manifest. */
@Command(name = "render", description = "Print the manifest of a sample application built with the SDK.")
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--list", description = "List the samples instead of rendering one.")
  boolean list;

  @Option(names = {"-o", "--output"}, description = "yaml (default) or json.", defaultValue = "yaml")
  String output;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The sample to render (see --list).")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      for (Sample sample : SampleCatalog.all()) {
        out.printf("%-26s %s%n", sample.name(), sample.description());
      }
      return 0;
    }
    if (name == null) {
      spec.commandLine().getErr().println("sparkapp render: give a sample NAME or --list; samples: "
          + SampleCatalog.names());
      return SparkAppCommand.EXIT_USAGE;
    }
    Optional<Sample> sample = SampleCatalog.named(name);
    if (sample.isEmpty()) {
      spec.commandLine().getErr().println("sparkapp render: no sample '" + name + "'; samples: "
          + SampleCatalog.names());
      return SparkAppCommand.EXIT_USAGE;
    }
    if (!output.equals("yaml") && !output.equals("json")) {
      spec.commandLine().getErr().println("sparkapp render: --output must be yaml or json, got '" + output + "'");
      return SparkAppCommand.EXIT_USAGE;
    }
    SparkYaml yaml = SparkYaml.strict();
    java.util.List<Object> resources = sample.get().resources();
    if (output.equals("json")) {
      out.print(resources.size() == 1 ? yaml.toJson(resources.get(0)) : yaml.toJson(resources));
    } else {
      out.print(yaml.toYaml(resources));
    }
    out.flush();
    return 0;
  }
}
