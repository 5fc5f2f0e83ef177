package dev.sparkapp.client;

import static dev.sparkapp.client.Fixtures.log4j;
import static dev.sparkapp.client.Fixtures.sparkPi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.validate.ValidationException;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SparkClient against fabric8's mock server in expectation mode: what goes on the wire for a server-side
 * apply, and how each error answer of the API server becomes a typed exception.
 */
@EnableKubernetesMockClient
class SparkClientWireTest {
  static final String PI_PATH = "/apis/sparkoperator.k8s.io/v1beta2/namespaces/default/sparkapplications/pi";

  KubernetesMockServer server;
  KubernetesClient kubernetes;
  SparkClient spark;
  SparkApplication pi;

  @BeforeEach
  void setUp() {
    spark = SparkClient.of(kubernetes).inNamespace("default");
    pi = sparkPi("pi", "default");
  }

  @Test
  void applyIsOneServerSideApplyPatchWhoseBodyIsTheRenderedManifest() throws InterruptedException {
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp").andReturn(200, stored(pi)).once();

    SparkApplication applied = spark.apply(pi);

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).isEqualTo(PI_PATH + "?fieldManager=sparkapp");
    assertThat(request.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
    assertThat(request.getUtf8Body()).isEqualTo(rendered(pi));
    assertThat(applied.metadata().getUid()).isEqualTo("uid-1");
    assertThat(applied.spec()).isEqualTo(pi.spec());
  }

  @Test
  void fieldManagerForceAndDryRunGoIntoTheQuery() throws InterruptedException {
    String path = PI_PATH + "?fieldManager=job-service&force=true&dryRun=All";
    server.expect().patch().withPath(path).andReturn(200, stored(pi)).once();

    spark.withOptions(SparkClientOptions.defaults().toBuilder().fieldManager("job-service").force(true).build())
        .dryRun().apply(pi);

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo(path);
  }

  @Test
  void aManifestWithoutNamespaceGoesToTheClientsNamespace() throws InterruptedException {
    SparkApplication noNamespace = SparkApplication.builder().from(pi).metadata(m -> m.withName("pi")).build();
    String path = "/apis/sparkoperator.k8s.io/v1beta2/namespaces/team-a/sparkapplications/pi?fieldManager=sparkapp";
    server.expect().patch().withPath(path).andReturn(200, stored(noNamespace)).once();

    spark.inNamespace("team-a").apply(noNamespace);

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo(path);
  }

  @Test
  void companionResourcesAreAppliedAtTheirOwnCorePath() throws InterruptedException {
    String path = "/api/v1/namespaces/default/configmaps/pi-log4j?fieldManager=sparkapp";
    server.expect().patch().withPath(path).andReturn(200, log4j("pi-log4j")).once();

    spark.apply(log4j("pi-log4j"));

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getPath()).isEqualTo(path);
    assertThat(request.getUtf8Body()).isEqualTo(rendered(log4j("pi-log4j")));
  }

  @Test
  void anInvalidApplicationIsRefusedBeforeAnythingIsSent() {
    SparkApplication noDriver = SparkApplication.builder().from(pi)
        .spec(SparkApplicationSpec.builder().from(pi.spec()).driver(Optional.empty()).build()).build();

    assertThatThrownBy(() -> spark.apply(noDriver))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("spec.driver: error: driver is required");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void validationCanBeTurnedOffToLetTheServerJudge() throws InterruptedException {
    SparkApplication noDriver = SparkApplication.builder().from(pi)
        .spec(SparkApplicationSpec.builder().from(pi.spec()).driver(Optional.empty()).build()).build();
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp").andReturn(200, stored(noDriver)).once();

    spark.withOptions(SparkClientOptions.defaults().toBuilder().validate(false).build()).apply(noDriver);

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUtf8Body()).doesNotContain("driver:");
  }

  @Test
  void unauthorizedSaysToRefreshCredentialsAndNeverShowsTheToken() throws InterruptedException {
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp")
        .andReturn(401, status(401, "Unauthorized", "Unauthorized")).once();
    try (KubernetesClient withToken = derived(config -> config.withOauthToken("s3cr3t-token"))) {

      assertThatThrownBy(() -> SparkClient.of(withToken).apply(pi))
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.statusCode()).isEqualTo(401))
          .hasMessageContaining("Cannot apply SparkApplication default/pi")
          .hasMessageContaining("Refresh the credentials")
          .hasMessageNotContaining("s3cr3t-token");
    }
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo("Bearer s3cr3t-token");
  }

  @Test
  void forbiddenNamesThePermissionToAskFor() {
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp").andReturn(403, status(403, "Forbidden",
        "sparkapplications.sparkoperator.k8s.io \"pi\" is forbidden: User \"bob\" cannot patch resource")).once();

    assertThatThrownBy(() -> spark.apply(pi))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("User \"bob\" cannot patch resource")
        .hasMessageContaining("permission to patch sparkapplications.sparkoperator.k8s.io in namespace default");
  }

  @Test
  void notFoundWithoutTheCrdSaysTheOperatorIsNotInstalled() {
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp").andReturn(404, "404 page not found").once();

    assertThatThrownBy(() -> spark.apply(pi))
        .isInstanceOfSatisfying(OperatorNotInstalledException.class, e -> assertThat(e.statusCode()).isEqualTo(404))
        .hasMessageContaining("does not serve sparkapplications.sparkoperator.k8s.io/v1beta2")
        .hasMessageContaining("the kubeflow spark-operator is not installed")
        .hasMessageContaining("helm install spark-operator");
  }

  @Test
  void getWithoutTheCrdSaysTheOperatorIsNotInstalled() {
    // No expectations: the object and the API group both answer 404.
    assertThatThrownBy(() -> spark.get(SparkApplication.class, "pi"))
        .isInstanceOf(OperatorNotInstalledException.class);
  }

  @Test
  void notFoundOfTheNamespaceSaysToCreateIt() {
    Status missingNamespace = new StatusBuilder(status(404, "NotFound", "namespaces \"default\" not found"))
        .withNewDetails().withName("default").withKind("namespaces").endDetails().build();
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp").andReturn(404, missingNamespace).once();

    assertThatThrownBy(() -> spark.apply(pi))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("namespace default does not exist")
        .hasMessageContaining("kubectl create namespace default");
  }

  @Test
  void conflictSuggestsForce() {
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp").andReturn(409, status(409, "Conflict",
        "Apply failed with 1 conflict: conflict with \"kubectl\" using sparkoperator.k8s.io/v1beta2: .spec.image"))
        .once();

    assertThatThrownBy(() -> spark.apply(pi))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("conflict with \"kubectl\"")
        .hasMessageContaining("re-apply with force (--force)");
  }

  @Test
  void invalidListsTheServersCauses() {
    Status invalid = new StatusBuilder(status(422, "Invalid", "SparkApplication.sparkoperator.k8s.io \"pi\" is invalid"))
        .withNewDetails().withName("pi").withKind("SparkApplication")
        .addNewCause().withField("spec.driver.cores").withReason("FieldValueInvalid")
        .withMessage("Invalid value: 0: spec.driver.cores in body should be greater than or equal to 1").endCause()
        .addNewCause().withField("spec.type").withReason("FieldValueNotSupported")
        .withMessage("Unsupported value: \"Go\"").endCause()
        .endDetails().build();
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp").andReturn(422, invalid).once();

    assertThatThrownBy(() -> spark.apply(pi))
        .isInstanceOfSatisfying(InvalidResourceException.class, e -> assertThat(e.causes()).containsExactly(
            "spec.driver.cores: Invalid value: 0: spec.driver.cores in body should be greater than or equal to 1",
            "spec.type: Unsupported value: \"Go\""))
        .hasMessageContaining("rejected it as invalid (422)")
        .hasMessageContaining("  - spec.type: Unsupported value: \"Go\"");
  }

  @Test
  void anyOtherAnswerIsAClusterExceptionWithTheServersMessage() {
    server.expect().patch().withPath(PI_PATH + "?fieldManager=sparkapp")
        .andReturn(500, status(500, "InternalError", "etcdserver: request timed out")).once();

    try (KubernetesClient noRetries = derived(config -> config.withRequestRetryBackoffLimit(0))) {
      assertThatThrownBy(() -> SparkClient.of(noRetries).apply(pi))
          .isExactlyInstanceOf(ClusterException.class)
          .hasMessageContaining("answered 500: etcdserver: request timed out");
    }
  }

  @Test
  void anUnreachableServerSaysToCheckTheContext() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (KubernetesClient nowhere = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
        .withMasterUrl("https://localhost:" + closedPort).withRequestRetryBackoffLimit(0).build()).build()) {
      SparkClient unreachable = SparkClient.of(nowhere).inNamespace("default");

      assertThatThrownBy(() -> unreachable.apply(pi))
          .isInstanceOf(ApiServerUnreachableException.class)
          .hasMessageContaining("Cannot reach the Kubernetes API server at https://localhost:" + closedPort)
          .hasMessageContaining("kubeconfig context");
      assertThatThrownBy(() -> unreachable.list(SparkApplication.class))
          .isInstanceOf(ApiServerUnreachableException.class);
    }
  }

  /** A second client of the mock server with a changed configuration. */
  private KubernetesClient derived(UnaryOperator<ConfigBuilder> change) {
    return new KubernetesClientBuilder()
        .withConfig(change.apply(new ConfigBuilder(kubernetes.getConfiguration())).build()).build();
  }

  private static String rendered(Object resource) {
    return SparkYaml.strict().toYaml(resource);
  }

  /** The server's JSON answer for {@code app}: the app with a uid and resource version. */
  private static String stored(SparkApplication app) {
    return Fixtures.json(SparkApplication.builder().from(app)
        .metadata(m -> m.withName(app.metadata().getName()).withNamespace(app.metadata().getNamespace())
            .withUid("uid-1").withResourceVersion("1"))
        .build());
  }

  private static Status status(int code, String reason, String message) {
    return new StatusBuilder().withStatus("Failure").withCode(code).withReason(reason).withMessage(message).build();
  }
}
