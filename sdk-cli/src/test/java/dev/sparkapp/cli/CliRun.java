package dev.sparkapp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one {@code sparkapp} run inside the test JVM. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = SparkAppCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(exit, out.toString(), err.toString());
  }
}
