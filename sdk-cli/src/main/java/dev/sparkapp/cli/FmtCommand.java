package dev.sparkapp.cli;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.yaml.ManifestFormat;
import dev.sparkapp.yaml.ManifestException;
import dev.sparkapp.yaml.UnreadableSourceException;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sparkapp fmt FILE...}: rewrites manifests in canonical form. */
@Command(name = "fmt", description = {
    "Read manifests and write them back in canonical form (stable field order, YAML 1.1-safe quoting).",
    "Anchors (&name), aliases (*name) and << merge keys are written expanded, as kubectl reads them:",
    "the output holds the shared values in full at every place that used them, and no anchor.",
    "Comments stay with the keys they belong to; a comment whose key is not written (a key with no",
    "value) stops fmt with its FILE:LINE:COL, and the file is left unchanged.",
    "A .json file is written as canonical JSON.",
    "Problems go to stderr as FILE:LINE:COL: PATH: MESSAGE; exit 1 when any file has one."})
final class FmtCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = {"-w", "--write"}, description = "Rewrite each file in place (atomically) instead of printing.")
  boolean write;

  @Option(names = "--lenient", description = "Keep fields the SDK does not model instead of refusing them.")
  boolean lenient;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Manifest files; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    SparkYaml yaml = lenient ? SparkYaml.lenient() : SparkYaml.strict();
    int exit = 0;
    for (String file : files) {
      try {
        String text = ManifestFiles.text(file, System.in);
        String canonical = ManifestFormat.format(yaml, text, ManifestFiles.sourceName(file));
        if (write && !ManifestFiles.STDIN.equals(file)) {
          if (!canonical.equals(text)) {
            ManifestFiles.rewrite(Path.of(file), canonical);
          }
        } else {
          spec.commandLine().getOut().print(canonical);
          spec.commandLine().getOut().flush();
        }
      } catch (ManifestException e) {
        spec.commandLine().getErr().println(e.getMessage());
        exit = Math.max(exit, SparkAppCommand.EXIT_FAILURE);
      } catch (UnreadableSourceException e) {
        spec.commandLine().getErr().println(e.getMessage());
        exit = SparkAppCommand.EXIT_USAGE;
      }
    }
    return exit;
  }
}
