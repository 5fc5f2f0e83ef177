package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The Service and Ingress settings that the Spark UI ({@link SparkUIConfiguration}) and extra driver
 * ports ({@link DriverIngressConfiguration}) share.
 */
public interface ServiceIngressOptions {
  /**
   * ServiceType allows configuring the type of the service. <p>Manifest field {@code serviceType}.
   */
  Optional<String> serviceType();

  /**
   * ServiceLabels is a map of key,value pairs of labels that might be added to the service object.
   * <p>Manifest field {@code serviceLabels}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> serviceLabels();

  /**
   * ServiceAnnotations is a map of key,value pairs of annotations that might be added to the service
   * object. <p>Manifest field {@code serviceAnnotations}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> serviceAnnotations();

  /**
   * IngressAnnotations is a map of key,value pairs of annotations that might be added to the ingress
   * object. <p>Manifest field {@code ingressAnnotations}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> ingressAnnotations();

  /**
   * TlsHosts is useful If we need to declare SSL certificates to the ingress object <p>Manifest field
   * {@code ingressTLS}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<IngressTLS> ingressTLS();
}
