package dev.sparkapp.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Collection;

/**
 * Builds the deserializer of a fabric8 Kubernetes model class only when a document holds a value of
 * that class. Jackson otherwise builds, on the first read, the deserializer of every class reachable
 * from the model (the whole pod model: about 350 classes, most of a cold {@code sparkapp fmt}), although
 * a manifest uses a dozen. In their place it gets a small stand-in that asks Jackson for the real
 * deserializer, once, on its first value; the real one is Jackson's own, built and cached by the same
 * mapper with the same modules (so the strict reader's {@link StrictFields} apply), and every error it
 * raises carries the same path and message.
 */
final class LazyKubernetesDeserializers extends Deserializers.Base {
  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model.";

  /** The type each thread is building the real deserializer of: that lookup must not get a stand-in. */
  private static final ThreadLocal<JavaType> BUILDING = new ThreadLocal<>();

  /** A module that installs these deserializers. */
  static SimpleModule module() {
    return new SimpleModule("sparkapp-lazy-kubernetes-model") {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new LazyKubernetesDeserializers());
      }
    };
  }

  @Override
  public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription description) {
    if (!type.getRawClass().getName().startsWith(MODEL_PACKAGE) || type.equals(BUILDING.get())) {
      return null;
    }
    return new StandIn(type, null);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return false;
  }

  /** Stands in for the deserializer of {@code type} until the first value of it is read. */
  static final class StandIn extends JsonDeserializer<Object> implements ContextualDeserializer {
    private final JavaType type;
    private final BeanProperty property;
    private volatile JsonDeserializer<Object> real;

    StandIn(JavaType type, BeanProperty property) {
      this.type = type;
      this.property = property;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      return property == this.property ? this : new StandIn(type, property);
    }

    /** Jackson's own deserializer of {@link #type}, built (and cached by the mapper) on first use. */
    private JsonDeserializer<Object> real(DeserializationContext context) throws JsonMappingException {
      JsonDeserializer<Object> built = real;
      if (built == null) {
        JavaType outer = BUILDING.get();
        BUILDING.set(type);
        try {
          built = context.findContextualValueDeserializer(type, property);
        } finally {
          BUILDING.set(outer);
        }
        real = built;
      }
      return built;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return real(context).deserialize(parser, context);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue)
        throws IOException {
      return real(context).deserialize(parser, context, intoValue);
    }

    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context,
        TypeDeserializer typeDeserializer) throws IOException {
      return real(context).deserializeWithType(parser, context, typeDeserializer);
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) throws JsonMappingException {
      return real(context).getEmptyValue(context);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      JsonDeserializer<Object> built = real;
      return built == null ? null : built.getKnownPropertyNames();
    }

    @Override
    public Class<?> handledType() {
      return type.getRawClass();
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.POJO;
    }

    /** Not cached: each stand-in resolves through the mapper's cache, which keeps the real deserializer. */
    @Override
    public boolean isCachable() {
      return false;
    }
  }
}
