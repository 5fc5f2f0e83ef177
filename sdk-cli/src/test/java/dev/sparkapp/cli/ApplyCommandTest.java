package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sparkapp apply} against fabric8's mock server in expectation mode, through a kubeconfig file. */
@EnableKubernetesMockClient(https = false)
class ApplyCommandTest {
  static final String APP_PATH = "/apis/sparkoperator.k8s.io/v1beta2/namespaces/default/sparkapplications/spark-pi";

  KubernetesMockServer server;
  KubernetesClient kubernetes;

  @TempDir
  Path dir;

  @Test
  void dryRunServerSideAppliesTheConfigMapThenTheAppAndPrintsBoth() throws Exception {
    Object app = SampleCatalog.named("spark-pi").orElseThrow().resources().get(0);
    Object configMap = new ConfigMapBuilder().withNewMetadata().withName("spark-pi-log4j").withNamespace("default")
        .endMetadata().addToData("log4j2.properties", "rootLogger.level = info\n").build();
    Path file = Files.writeString(dir.resolve("app.yaml"), SparkYaml.strict().toYaml(java.util.List.of(app, configMap)));
    String mapPath = "/api/v1/namespaces/default/configmaps/spark-pi-log4j?fieldManager=sparkapp&dryRun=All";
    server.expect().patch().withPath(mapPath).andReturn(200, SparkYaml.strict().toJson(configMap)).once();
    server.expect().patch().withPath(APP_PATH + "?fieldManager=sparkapp&dryRun=All")
        .andReturn(200, SparkYaml.strict().toJson(app)).once();

    CliRun run = CliRun.of("apply", "--dry-run", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(),
        file.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("SparkApplication default/spark-pi applied (server dry run)\n"
        + "ConfigMap default/spark-pi-log4j applied (server dry run)\n");
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getPath()).isEqualTo(mapPath);
    assertThat(second.getPath()).isEqualTo(APP_PATH + "?fieldManager=sparkapp&dryRun=All");
    assertThat(second.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
    assertThat(second.getUtf8Body()).isEqualTo(SparkYaml.strict().toYaml(app));
    assertThat(second.getHeader("Authorization")).isEqualTo("Bearer test-token");
  }

  @Test
  void forceAndFieldManagerReachTheRequest() throws Exception {
    String path = APP_PATH + "?fieldManager=ci&force=true";
    Object app = SampleCatalog.named("spark-pi").orElseThrow().resources().get(0);
    server.expect().patch().withPath(path).andReturn(200, SparkYaml.strict().toJson(app)).once();

    CliRun run = CliRun.of("apply", "--force", "--field-manager", "ci",
        "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(), MockCluster.sparkPiFile(dir).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo(path);
  }

  @Test
  void aRefusalExitsOneWithTheClientsMessageOnOneLine() throws Exception {
    server.expect().patch().withPath(APP_PATH + "?fieldManager=sparkapp").andReturn(403, new StatusBuilder()
        .withCode(403).withReason("Forbidden").withMessage("User \"ci\" cannot patch resource").build()).once();

    CliRun run = CliRun.of("apply", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(),
        MockCluster.sparkPiFile(dir).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("sparkapp: Cannot apply SparkApplication default/spark-pi on http://")
        .contains("User \"ci\" cannot patch resource")
        .doesNotContain("test-token", "\tat ")
        .hasLineCount(1);
  }

  @Test
  void waitWithDryRunIsAUsageError() throws Exception {
    CliRun run = CliRun.of("apply", "--dry-run", "--wait", "COMPLETED",
        "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(), MockCluster.sparkPiFile(dir).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--wait cannot be combined with --dry-run");
  }

  @Test
  void aMissingKubeconfigIsAnIoError() throws Exception {
    CliRun run = CliRun.of("apply", "--kubeconfig", dir.resolve("nope").toString(),
        MockCluster.sparkPiFile(dir).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such kubeconfig file").hasLineCount(1);
  }

  @Test
  void aBrokenManifestExitsOneBeforeContactingTheCluster() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"),
        "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\nmetadata: {name: x}\nspec: {tpye: Scala}\n");

    CliRun run = CliRun.of("apply", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(file + ":4:");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBadTimeoutIsAUsageError() throws Exception {
    CliRun run = CliRun.of("apply", "--wait", "COMPLETED", "--timeout", "soon", MockCluster.sparkPiFile(dir).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'soon' is not a duration");
  }
}
