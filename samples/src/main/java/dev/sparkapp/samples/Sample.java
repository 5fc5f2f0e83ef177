package dev.sparkapp.samples;

import java.util.List;

/**
 * A sample application built with the SDK: a name for {@code sparkapp render NAME}, a one-line
 * description, and the resources it renders. An application's companion resources (the log4j2 ConfigMap
 * of a log-staleness probe) are not listed: {@code SparkYaml} writes them after it.
 */
public interface Sample {
  /** The name used on the command line, for example {@code spark-pi}. */
  String name();

  /** One line that says what the sample teaches. */
  String description();

  /** The resources to render, in the order they are written; each is followed by its companions. */
  List<Object> resources();
}
