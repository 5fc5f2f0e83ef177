package dev.sparkapp.core;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Lets nested builders take a {@code Consumer} of a child builder. Not public API. */
final class Builders {
  private Builders() {}

  /** Creates a child builder, lets the caller fill it, and builds it. */
  static <B, T> T configure(Supplier<B> newBuilder, Consumer<? super B> spec, Function<B, T> build) {
    B builder = newBuilder.get();
    spec.accept(builder);
    return build.apply(builder);
  }
}
