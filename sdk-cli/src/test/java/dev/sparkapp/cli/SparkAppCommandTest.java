package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.probe.Probes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as people first meet it: {@code --help} everywhere, and a readable command list. */
class SparkAppCommandTest {
  /** Every command below {@code sparkapp}, as the words that call it, for example {@code [probes, add]}. */
  private static List<List<String>> commands() {
    List<List<String>> all = new ArrayList<>();
    collect(SparkAppCommand.commandLine(new String[0]), List.of(), all);
    return all;
  }

  private static void collect(CommandLine command, List<String> words, List<List<String>> all) {
    for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue;
      }
      List<String> path = new ArrayList<>(words);
      path.add(sub.getKey());
      all.add(path);
      collect(sub.getValue(), path, all);
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void everyCommandPrintsItsUsageForHelpAndExitsZero() {
    assertThat(commands()).hasSizeGreaterThanOrEqualTo(9);
    for (List<String> command : commands()) {
      List<String> args = new ArrayList<>(command);
      args.add("--help");

      CliRun run = CliRun.of(args.toArray(String[]::new));

      assertThat(run.exitCode()).as("%s", args).isZero();
      assertThat(run.out()).as("%s", args).startsWith("Usage: sparkapp " + String.join(" ", command));
      assertThat(run.err()).as("%s", args).isEmpty();
    }
  }

  @Test
  void theCommandListShowsEachCommandsFirstSentenceWhole() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    CommandLine root = SparkAppCommand.commandLine(new String[0]);
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue; // picocli's own
      }
      String first = sub.getValue().getCommandSpec().usageMessage().description()[0];
      assertThat(first).as(sub.getKey()).endsWith(".");
      assertThat(oneLine(run.out())).as(sub.getKey()).contains(sub.getKey() + " " + oneLine(first));
    }
  }

  @Test
  void aCalledCommandIsTheOnlyOneBuiltAndOthersGetTheWholeList() {
    for (String name : SparkAppCommand.COMMANDS.keySet()) {
      CommandLine line = SparkAppCommand.commandLine(new String[] {name, "--help"});

      assertThat(line.getSubcommands()).as(name).containsOnlyKeys(name);
      assertThat(line.getSubcommands().get(name).getCommandSpec().name()).isEqualTo(name);
    }
    assertThat(SparkAppCommand.commandLine(new String[] {"fmtt"}).getSubcommands().keySet())
        .containsExactly("render", "fmt", "validate", "explain", "probes", "apply", "status", "why", "logs", "delete",
            "help");
  }

  @Test
  void aMistypedCommandIsAUsageErrorThatSuggestsTheNearOne() {
    CliRun run = CliRun.of("fmtt", "x.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'fmtt'").contains("Did you mean: sparkapp fmt");
  }

  @Test
  void probesAddHelpListsThePresetNames() {
    CliRun run = CliRun.of("probes", "add", "--help");

    assertThat(oneLine(run.out())).contains("One of " + String.join(", ", Probes.NAMES) + ".");
  }
}
