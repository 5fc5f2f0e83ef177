package dev.sparkapp.benchmarks;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cold-start baseline of {@code cold-start.sh}: what a user without the SDK runs to read a manifest
 * file and write it back, fabric8's generic read ({@code GenericKubernetesResource}) and its YAML
 * serialization, as a whole process.
 *
 * <pre>{@code java -cp benchmarks.jar dev.sparkapp.benchmarks.Fabric8GenericFmt FILE}</pre>
 */
public final class Fabric8GenericFmt {
  private Fabric8GenericFmt() {}

  /** Reads the file given as the only argument and prints it as fabric8 writes it. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Fabric8GenericFmt FILE");
      System.exit(2);
    }
    System.out.print(fmt(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
    System.out.flush();
  }

  /** Reads {@code text} (one document or a stream) as generic resources and writes them as YAML. */
  static String fmt(String text) {
    KubernetesSerialization fabric8 = new KubernetesSerialization();
    return fabric8.asYaml(fabric8.unmarshal(text));
  }
}
