package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NodeAllocatableResourceClaimStatus;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.SessionPersistence;
import java.util.Set;

/**
 * Makes reading strict: fabric8 model classes and the SDK's values catch unknown fields in an
 * {@code additionalProperties} map (their "any setter"), which silently swallows typos such as a
 * {@code readinesProbe}. This modifier removes the any setter, so Jackson reports the unknown field with
 * its path and the known fields. Types made only of free-form content keep theirs, and so do the two
 * fabric8 7.9.0 classes that lack a field of the bundled Apache operator CRDs ({@link #BEHIND_THE_CRDS}):
 * their extra fields are kept and written back, and schema validation still reports a misspelt one.
 */
final class StrictFields extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  /**
   * fabric8 classes older than a CRD the SDK bundles: Gateway API {@code SessionPersistence} has no {@code
   * idleTimeout} (driverHttpRouteList / driverGrpcRouteList of the Apache SparkApplication), and {@code
   * NodeAllocatableResourceClaimStatus} no {@code resources} (its status' {@code lastObservedDriverStatus}).
   */
  static final Set<Class<?>> BEHIND_THE_CRDS = Set.of(SessionPersistence.class, NodeAllocatableResourceClaimStatus.class);

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
      BeanDeserializerBuilder builder) {
    Class<?> type = description.getBeanClass();
    if (GenericKubernetesResource.class.isAssignableFrom(type) || AnyType.class.isAssignableFrom(type)
        || BEHIND_THE_CRDS.contains(type)) {
      return builder;
    }
    builder.setAnySetter(null);
    builder.setIgnoreUnknownProperties(false);
    return builder;
  }
}
