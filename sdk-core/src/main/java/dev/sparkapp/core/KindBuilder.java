package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.function.Consumer;

/**
 * What the builders of all Spark resource kinds share ({@code SparkApplication.Builder},
 * {@code ScheduledSparkApplication.Builder}, {@code SparkConnect.Builder}, {@code ApacheSparkApplication.Builder},
 * {@code ApacheSparkCluster.Builder}): setting {@code metadata}, directly or through a fabric8
 * {@link ObjectMetaBuilder}. Each kind's builder implements it with itself as {@code B}, so every method
 * returns that kind's builder and calls chain as before. Not meant to be implemented by users.
 *
 * @param <B> the kind's own builder
 */
public interface KindBuilder<B extends KindBuilder<B>> {
  /**
   * Sets {@code metadata}, the resource's Kubernetes object metadata.
   *
   * @return this builder
   */
  B metadata(ObjectMeta metadata);

  /**
   * Sets {@code metadata} to an {@link ObjectMeta} built by {@code meta} on a fresh {@link ObjectMetaBuilder},
   * for example {@code metadata(m -> m.withName("spark-pi").withNamespace("default"))}.
   *
   * @return this builder
   */
  default B metadata(Consumer<? super ObjectMetaBuilder> meta) {
    ObjectMeta value = Builders.configure(ObjectMetaBuilder::new, meta, ObjectMetaBuilder::build);
    return metadata(value);
  }
}
