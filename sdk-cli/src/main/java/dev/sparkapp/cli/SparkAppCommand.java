package dev.sparkapp.cli;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.yaml.ManifestException;
import dev.sparkapp.yaml.UnreadableSourceException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sparkapp}: render, format, check and apply Spark on Kubernetes manifests from build scripts and
 * CI. Exit codes: 0 success, 1 the input has problems (or the command failed), 2 usage or I/O error.
 * A command lets SDK exceptions reach the handler installed by {@link #run}: a
 * {@link ManifestException} prints as {@code FILE:LINE:COL: PATH: MESSAGE} (exit 1), an
 * {@link UnreadableSourceException} exits 2, any other {@link SparkAppException} exits 1.
 */
@Command(
    name = "sparkapp",
    mixinStandardHelpOptions = true,
    // Every subcommand inherits --help and --version: `sparkapp fmt --help` prints fmt's usage, exit 0.
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = SparkAppCommand.Version.class,
    description = "Render, format, check and apply the manifests of kubeflow's spark-operator and of the Apache "
        + "Spark Kubernetes operator.",
    // The subcommands are added by commandLine(args), only the one called when it is known (COMMANDS).
    subcommands = {})
public final class SparkAppCommand implements Runnable {
  /** Exit code: the input has problems, or the command could not do what was asked. */
  static final int EXIT_FAILURE = 1;

  /** Exit code: wrong usage, or input/output that could not be read or written. */
  static final int EXIT_USAGE = 2;

  /**
   * The commands under {@code sparkapp} by the name that calls them, in the order {@code --help} lists them.
   * Building a command's model costs picocli a pass of reflection over its class, a share of every run's
   * start (issue 22's profile: 13 % of {@code sparkapp fmt}'s CPU went to the nine commands not run), so
   * {@link #commandLine(String[])} adds only the one called when it is known.
   */
  static final Map<String, Class<?>> COMMANDS = commands(RenderCommand.class, FmtCommand.class,
      ValidateCommand.class, ExplainCommand.class, ProbesCommand.class, ApplyCommand.class, StatusCommand.class,
      WhyCommand.class, LogsCommand.class, DeleteCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    Preload.startFor(args);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code. For tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(args);
    // As wide as the terminal when there is one (picocli asks it), else 80 columns.
    commandLine.setUsageHelpAutoWidth(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof ManifestException) {
        line.getErr().println(e.getMessage());
        return EXIT_FAILURE;
      }
      line.getErr().println("sparkapp: " + e.getMessage());
      return e instanceof SparkAppException && !(e instanceof UnreadableSourceException) ? EXIT_FAILURE : EXIT_USAGE;
    });
    return commandLine.execute(args);
  }

  /**
   * Returns the command line for {@code args}: with only the command {@code args[0]} names when it names one
   * of {@link #COMMANDS}, else with all of them and picocli's {@code help} (for {@code --help}, {@code help
   * CMD}, a mistyped command and its suggestions).
   */
  static CommandLine commandLine(String[] args) {
    CommandLine commandLine = new CommandLine(new SparkAppCommand());
    Class<?> called = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (called != null) {
      commandLine.addSubcommand(args[0], called);
    } else {
      COMMANDS.forEach(commandLine::addSubcommand);
      commandLine.addSubcommand("help", CommandLine.HelpCommand.class);
    }
    asParagraphs(commandLine);
    return commandLine;
  }

  private static Map<String, Class<?>> commands(Class<?>... commands) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> command : commands) {
      byName.put(command.getAnnotation(Command.class).name(), command);
    }
    return Collections.unmodifiableMap(byName);
  }

  /**
   * Makes each command's description two paragraphs that {@code --help} wraps to its width: its first
   * element, the sentence the command lists show, and the rest joined. The elements of a {@code description
   * = {...}} array are source lines, which picocli would print each on a line of its own, wrapping each
   * separately (a short line after every long one).
   */
  private static void asParagraphs(CommandLine commandLine) {
    CommandLine.Model.UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
    String[] lines = usage.description();
    if (lines.length > 2) {
      usage.description(lines[0], String.join(" ", Arrays.asList(lines).subList(1, lines.length)));
    }
    commandLine.getSubcommands().values().forEach(SparkAppCommand::asParagraphs);
  }

  /** Prints the SDK's version, from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SparkAppCommand.class.getPackage().getImplementationVersion();
      return new String[] {"sparkapp " + (version == null ? "(development build)" : version)};
    }
  }
}
