package dev.sparkapp.core.validate;

import java.util.regex.Pattern;

/** The name formats the Kubernetes API server enforces (k8s.io/apimachinery validation). */
final class KubernetesNames {
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern IANA_SVC_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

  /** The longest DNS-1123 or DNS-1035 label. */
  static final int MAX_LABEL_LENGTH = 63;

  private KubernetesNames() {}

  /** A DNS-1123 label: container names, volume names. */
  static boolean isDns1123Label(String name) {
    return name.length() <= MAX_LABEL_LENGTH && DNS1123_LABEL.matcher(name).matches();
  }

  /** Has the characters of a DNS-1035 label (Service names), whatever its length. */
  static boolean hasDns1035Form(String name) {
    return DNS1035_LABEL.matcher(name).matches();
  }

  /** An IANA service name: named container ports and probe ports. */
  static boolean isIanaSvcName(String name) {
    return name.length() <= 15
        && IANA_SVC_NAME.matcher(name).matches()
        && !name.contains("--")
        && HAS_LETTER.matcher(name).matches();
  }

  /** Says what a DNS-1123 label may contain, for messages. */
  static final String DNS1123_LABEL_FORMAT =
      "at most 63 lower-case letters, digits or '-', starting and ending with a letter or digit";

  /** Says what an IANA service name may contain, for messages. */
  static final String IANA_SVC_NAME_FORMAT =
      "at most 15 lower-case letters, digits or '-', with at least one letter and no '--'";
}
