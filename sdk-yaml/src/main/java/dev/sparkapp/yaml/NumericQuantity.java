package dev.sparkapp.yaml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A {@link Quantity} that was written as a YAML number ({@code cpu: 1}) rather than a string
 * ({@code cpu: "1"}). fabric8 keeps only the text, so without this marker a round trip would turn the
 * number into a string; with it, the writer gives back exactly the type that was read.
 */
@JsonSerialize(using = NumericQuantity.Writer.class)
final class NumericQuantity extends Quantity {
  private static final long serialVersionUID = 1L;

  NumericQuantity(String amount) {
    super(amount);
  }

  /** Writes the quantity as the number it was read as. */
  static final class Writer extends JsonSerializer<NumericQuantity> {
    @Override
    public void serialize(NumericQuantity value, JsonGenerator out, SerializerProvider serializers)
        throws IOException {
      BigDecimal number = new BigDecimal(value.getAmount());
      if (number.scale() <= 0) {
        out.writeNumber(number.toBigIntegerExact());
      } else {
        out.writeNumber(number);
      }
    }
  }

  /**
   * Reads a quantity: numbers become {@link NumericQuantity}, strings plain quantities. Anything else (a
   * mapping, a list, a boolean) is refused: Kubernetes takes a quantity only as a string or a number, and
   * reading a mapping would drop its content and write back an empty string.
   */
  static final class Reader extends JsonDeserializer<Quantity> {
    @Override
    public Quantity deserialize(JsonParser in, DeserializationContext context) throws IOException {
      JsonToken token = in.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return new NumericQuantity(in.getDecimalValue().toPlainString());
      }
      if (token == JsonToken.VALUE_STRING) {
        return quantity(in.getText(), context);
      }
      return (Quantity) context.handleUnexpectedToken(Quantity.class, in);
    }

    /**
     * fabric8 splits a text into amount and suffix and throws {@link IllegalArgumentException} for some
     * texts ({@code ""}, {@code 1e3Mi}); for a text that starts with no number ({@code Mi}) it keeps an empty
     * amount, and every fabric8 builder that copies the pod later throws on it ({@code QuantityBuilder.build}
     * parses the amount again). Kubernetes refuses both, so both are refused here, where the path and line
     * are known.
     */
    private static Quantity quantity(String text, DeserializationContext context) throws IOException {
      Quantity quantity;
      try {
        quantity = new Quantity(text);
      } catch (IllegalArgumentException | ArithmeticException notAQuantity) {
        quantity = null;
      }
      if (quantity == null || quantity.getAmount() == null || quantity.getAmount().isEmpty()) {
        return (Quantity) context.handleWeirdStringValue(Quantity.class, text, "not a quantity");
      }
      return quantity;
    }
  }

  /** Mix-in that makes Jackson read every {@link Quantity} through {@link Reader}. */
  @JsonDeserialize(using = Reader.class)
  @JsonIgnoreProperties(ignoreUnknown = false)
  abstract static class ReadMixIn {}
}
