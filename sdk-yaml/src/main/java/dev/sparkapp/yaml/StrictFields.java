package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Makes reading strict: fabric8 model classes and the SDK's values catch unknown fields in an
 * {@code additionalProperties} map (their "any setter"), which silently swallows typos such as a
 * {@code readinesProbe}. This modifier removes the any setter, so Jackson reports the unknown field with
 * its path and the known fields. Types made only of free-form content keep theirs.
 */
final class StrictFields extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
      BeanDeserializerBuilder builder) {
    Class<?> type = description.getBeanClass();
    if (GenericKubernetesResource.class.isAssignableFrom(type) || AnyType.class.isAssignableFrom(type)) {
      return builder;
    }
    builder.setAnySetter(null);
    builder.setIgnoreUnknownProperties(false);
    return builder;
  }
}
