package dev.sparkapp.core;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Loads the {@link ProbeSupport} implementation once, from the class loader that loaded sdk-core. */
final class ProbeSupportHolder {
  static final ProbeSupport INSTANCE = load();

  private ProbeSupportHolder() {}

  private static ProbeSupport load() {
    String name = ProbeSupport.class.getName();
    try {
      return ServiceLoader.load(ProbeSupport.class, ProbeSupport.class.getClassLoader()).findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + name + " found: keep sdk-core's "
              + "META-INF/services/" + name + " when repackaging"));
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("cannot load " + name + ": " + e.getMessage(), e);
    }
  }
}
