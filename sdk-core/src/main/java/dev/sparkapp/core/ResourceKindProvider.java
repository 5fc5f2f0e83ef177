package dev.sparkapp.core;

import java.util.List;

/**
 * Provides resource kinds to {@link ResourceKinds}, found with {@link java.util.ServiceLoader}: each operator's
 * kinds are one provider, registered by one line in {@code META-INF/services/dev.sparkapp.core.ResourceKindProvider}.
 * The registry reads the providers in that file's order, so the order of {@link ResourceKinds#all()} is fixed.
 * Going through a service keeps {@code dev.sparkapp.core} free of a dependency on the packages of the kinds
 * (no package cycle, {@code PackageDependenciesTest}).
 */
public interface ResourceKindProvider {
  /** Returns this provider's kinds, in the order they are registered. */
  List<ResourceKind<?>> kinds();
}
