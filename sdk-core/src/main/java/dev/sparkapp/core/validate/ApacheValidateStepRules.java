package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.DeploymentMode;
import dev.sparkapp.core.apache.DriverGrpcRouteSpec;
import dev.sparkapp.core.apache.DriverHttpRouteSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Optional;

/**
 * What the Apache operator 1.0.0 checks itself before it submits an application (AppValidateStep): it fails
 * a {@code ClientMode} application ("Client mode is not supported yet."), and a Gateway API route whose
 * Service or route has no name or whose route has no {@code parentRefs}. The SDK reports these before the
 * operator marks the application {@code Failed}.
 */
final class ApacheValidateStepRules implements ApacheRule {
  static final String CLIENT_MODE = "apache-client-mode";
  static final String ROUTE = "apache-route";

  private static final FieldPath SPEC = FieldPath.of("spec");

  @Override
  public void checkApplication(ApacheSparkApplication app, Findings findings) {
    if (app.spec().deploymentMode().orElse(DeploymentMode.CLUSTER_MODE) == DeploymentMode.CLIENT_MODE) {
      findings.error(SPEC.field("deploymentMode"), CLIENT_MODE, "the operator fails a ClientMode application "
          + "(\"Client mode is not supported yet.\"): use ClusterMode or remove deploymentMode");
    }
    List<DriverHttpRouteSpec> http = app.spec().driverHttpRouteList();
    for (int i = 0; http != null && i < http.size(); i++) {
      DriverHttpRouteSpec route = http.get(i);
      checkRoute(SPEC.field("driverHttpRouteList").index(i), route.serviceMetadata(), "httpRouteMetadata",
          route.httpRouteMetadata(), "httpRouteSpec", route.httpRouteSpec().map(s -> s.getParentRefs()), findings);
    }
    List<DriverGrpcRouteSpec> grpc = app.spec().driverGrpcRouteList();
    for (int i = 0; grpc != null && i < grpc.size(); i++) {
      DriverGrpcRouteSpec route = grpc.get(i);
      checkRoute(SPEC.field("driverGrpcRouteList").index(i), route.serviceMetadata(), "grpcRouteMetadata",
          route.grpcRouteMetadata(), "grpcRouteSpec", route.grpcRouteSpec().map(s -> s.getParentRefs()), findings);
    }
  }

  private static void checkRoute(FieldPath at, ObjectMeta service, String routeMetaField, ObjectMeta route,
      String routeSpecField, Optional<? extends List<?>> parentRefs, Findings findings) {
    if (isBlank(service.getName())) {
      findings.error(at.field("serviceMetadata").field("name"), ROUTE, "the operator fails the application when "
          + "a route's Service has no name: set serviceMetadata.name");
    }
    if (isBlank(route.getName())) {
      findings.error(at.field(routeMetaField).field("name"), ROUTE, "the operator fails the application when a "
          + "route has no name: set " + routeMetaField + ".name");
    }
    if (parentRefs.map(List::isEmpty).orElse(true)) {
      findings.error(at.field(routeSpecField).field("parentRefs"), ROUTE, "the operator fails the application when "
          + "a route has no parentRefs: name the Gateway in " + routeSpecField + ".parentRefs");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isEmpty();
  }
}
