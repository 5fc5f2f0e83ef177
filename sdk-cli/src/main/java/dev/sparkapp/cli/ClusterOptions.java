package dev.sparkapp.cli;

import dev.sparkapp.client.SparkClient;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The options of every command that talks to a cluster ({@code --kubeconfig}, {@code --context},
 * {@code --namespace}), and the one place where the CLI connects.
 */
final class ClusterOptions {
  /** Connection retries before a request fails: enough for a blip, short enough for a dead server. */
  private static final int REQUEST_RETRIES = 2;

  @Option(names = "--kubeconfig", paramLabel = "FILE",
      description = "The kubeconfig file; default: $KUBECONFIG or ~/.kube/config (or the pod's service account).")
  File kubeconfig;

  @Option(names = "--context", paramLabel = "CTX", description = "The kubeconfig context; default: the current one.")
  String context;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
      description = "The namespace; default: the context's. A namespace in a manifest wins.")
  String namespace;

  /**
   * Connects, runs {@code work} with a client, and disconnects.
   *
   * @throws UncheckedIOException when the kubeconfig cannot be read (a usage/I-O error, exit 2)
   */
  <R> R withClient(Function<SparkClient, R> work) {
    try (KubernetesClient kubernetes = new KubernetesClientBuilder().withConfig(config()).build()) {
      SparkClient client = SparkClient.of(kubernetes);
      return work.apply(namespace == null ? client : client.inNamespace(namespace));
    }
  }

  private Config config() {
    Config config;
    if (kubeconfig == null) {
      config = Config.autoConfigure(context);
    } else {
      if (!kubeconfig.isFile()) {
        throw new UncheckedIOException(kubeconfig + ": no such kubeconfig file; pass an existing --kubeconfig",
            new FileNotFoundException(kubeconfig.toString()));
      }
      try {
        config = Config.fromKubeconfig(context, kubeconfig);
      } catch (KubernetesClientException e) {
        throw new UncheckedIOException(kubeconfig + ": cannot use this kubeconfig"
            + (context == null ? "" : " with context " + context) + ": " + e.getMessage(),
            new IOException(e.getMessage()));
      }
    }
    config.setRequestRetryBackoffLimit(REQUEST_RETRIES);
    return config;
  }
}
