package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceIngressOptionsTest {
  private static final IngressTLS TLS = new IngressTLSBuilder().withHosts("spark.example.com").withSecretName("spark-tls").build();

  @Test
  void unsetCollectionsAreNullOnBothKindsOfOptions() {
    List<ServiceIngressOptions> options = List.of(
        SparkUIConfiguration.builder().build(),
        DriverIngressConfiguration.builder().servicePort(8080).servicePortName("http").build());

    assertThat(options).allSatisfy(o -> {
      assertThat(o.serviceType()).isEmpty();
      assertThat(o.serviceLabels()).isNull();
      assertThat(o.serviceAnnotations()).isNull();
      assertThat(o.ingressAnnotations()).isNull();
      assertThat(o.ingressTLS()).isNull();
    });
  }

  @Test
  void explicitlyEmptyCollectionsStayEmptyRatherThanNull() {
    ServiceIngressOptions options = SparkUIConfiguration.builder()
        .serviceLabels(Map.of())
        .ingressTLS(List.of())
        .build();

    assertThat(options.serviceLabels()).isNotNull().isEmpty();
    assertThat(options.ingressTLS()).isNotNull().isEmpty();
    assertThat(options.serviceAnnotations()).isNull();
  }

  @Test
  void theSharedSettingsCopyFromTheSparkUiToADriverPort() {
    SparkUIConfiguration ui = SparkUIConfiguration.builder()
        .servicePort(4041)
        .serviceType("NodePort")
        .putServiceLabels("team", "data")
        .putIngressAnnotations("nginx.ingress.kubernetes.io/rewrite-target", "/")
        .addIngressTLS(TLS)
        .build();

    DriverIngressConfiguration driverPort = DriverIngressConfiguration.builder()
        .from((ServiceIngressOptions) ui)
        .servicePort(8080)
        .servicePortName("http")
        .build();

    assertThat(driverPort.serviceType()).contains("NodePort");
    assertThat(driverPort.serviceLabels()).containsExactly(Map.entry("team", "data"));
    assertThat(driverPort.ingressAnnotations()).containsExactly(Map.entry("nginx.ingress.kubernetes.io/rewrite-target", "/"));
    assertThat(driverPort.ingressTLS()).containsExactly(TLS);
    assertThat(driverPort.serviceAnnotations()).isNull();
    assertThat(driverPort.servicePort()).isEqualTo(8080);
  }
}
