package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkApplication;
import org.junit.jupiter.api.Test;

/** Formatting keeps a person's comments with their keys, refuses to lose one, and formats JSON as JSON. */
class ManifestFormatTest {
  private static String fmt(String text) {
    return ManifestFormat.format(SparkYaml.strict(), text, "app.yaml");
  }

  @Test
  void keepsTheCommentsOfTheIssuesReproduction() {
    String text = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec: # the spec
          # comment
          type: Scala
          mode: cluster
        """;

    assertThat(fmt(text)).isEqualTo("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec: # the spec
          mode: cluster
          # comment
          type: Scala
        """);
  }

  @Test
  void keepsCommentsOnListItemsAndInSparkConfAndBeforeTheFirstKeyAtTheirKeysAfterReordering() {
    String text = """
        # header: who owns this
        # second line
        kind: SparkApplication
        apiVersion: sparkoperator.k8s.io/v1beta2
        metadata:
          name: pi
        spec:
          type: Scala
          sparkConf:
            # the UI
            spark.ui.port: "4041" # not 4040
            spark.a: b
          volumes:
          - name: x # c
            emptyDir: {}
          - name: data
          mode: cluster
        """;

    assertThat(fmt(text)).isEqualTo("""
        # header: who owns this
        # second line
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec:
          mode: cluster
          sparkConf:
            # the UI
            spark.ui.port: "4041" # not 4040
            spark.a: b
          type: Scala
          volumes:
          - emptyDir: {}
            name: x # c
          - name: data
        """);
  }

  @Test
  void keepsTheCommentsOfEachDocumentOfAMultiDocumentFileWithItsDocument() {
    String text = """
        # the app
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi # short
        spec:
          type: Scala
          mode: cluster
        ---
        # its config
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: conf
        data:
          a: b # the a
        # the end
        """;

    String formatted = fmt(text);

    assertThat(formatted).isEqualTo("""
        # the app
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi # short
        spec:
          mode: cluster
          type: Scala
        ---
        # its config
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: conf
        data:
          a: b # the a
        # the end
        """);
  }

  @Test
  void formattingTwiceGivesWhatFormattingOnceGives() {
    String text = """
        apiVersion: sparkoperator.k8s.io/v1beta2 # v1beta2 only
        kind: SparkApplication
        metadata:
          name: pi
        spec:
          driver:
            memory: 1g
            cores: 1 # one core
              # indented deeper: closes the driver
          # before the executor
          executor:
            instances: 2
          type: Scala
          mode: cluster
        # the end
        """;

    String once = fmt(text);

    assertThat(fmt(once)).isEqualTo(once);
    assertThat(once).contains("# one core", "# indented deeper: closes the driver", "# before the executor",
        "# v1beta2 only", "# the end");
    assertThat(SparkYaml.strict().read(once).resources()).isEqualTo(SparkYaml.strict().read(text).resources());
  }

  @Test
  void refusesToDropTheCommentOfAKeyThatIsNotWrittenSayingWhere() {
    String text = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec:
          type: Scala
          sparkConf:
            spark.hadoop.fs.s3a.endpoint: # minio endpoint
            spark.a: b
        """;

    assertThatThrownBy(() -> fmt(text))
        .isInstanceOf(CommentPlacementException.class)
        .hasMessageStartingWith("app.yaml:8:35: spec.sparkConf[\"spark.hadoop.fs.s3a.endpoint\"]: the comment"
            + " '# minio endpoint' cannot be kept")
        .satisfies(e -> {
          assertThat(((ManifestException) e).position()).contains(SourcePosition.of("app.yaml", 8, 35));
          assertThat(((ManifestException) e).path())
              .isEqualTo(FieldPath.of("spec", "sparkConf").field("spark.hadoop.fs.s3a.endpoint"));
        });
  }

  @Test
  void aFormattedCommentedFileIsItsOwnCanonicalForm() {
    String formatted = """
        # owned by the data team
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec:
          mode: cluster # the operator submits
          type: Scala
        """;

    assertThat(fmt(formatted)).isEqualTo(formatted);
  }

  @Test
  void formatsAJsonManifestAsCanonicalJsonNotYaml() throws Exception {
    String json = "{\"spec\": {\"type\": \"Scala\", \"mode\": \"cluster\"}, \"kind\": \"SparkApplication\","
        + " \"apiVersion\": \"sparkoperator.k8s.io/v1beta2\", \"metadata\": {\"name\": \"pi\"}}";

    String formatted = ManifestFormat.format(SparkYaml.strict(), json, "app.json");

    assertThat(formatted).isEqualTo("""
        {
          "apiVersion" : "sparkoperator.k8s.io/v1beta2",
          "kind" : "SparkApplication",
          "metadata" : {
            "name" : "pi"
          },
          "spec" : {
            "mode" : "cluster",
            "type" : "Scala"
          }
        }
        """);
    JsonMapper.builder().build().readTree(formatted);
    assertThat(ManifestFormat.format(SparkYaml.strict(), formatted, "app.json")).isEqualTo(formatted);
    assertThat(SparkYaml.strict().read(formatted).resourcesOf(SparkApplication.class)).hasSize(1);
  }

  @Test
  void keepsTheCommentsOfAnchorsAndMergeKeysOnTheExpandedForm() {
    String text = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec:
          type: Scala
          # shared with the executor
          driver: &pod
            cores: 1
          executor:
            # the driver's settings
            <<: *pod # merged here
            instances: 2
        """;

    String once = fmt(text);

    assertThat(once).isEqualTo("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec:
          # shared with the executor
          driver:
            cores: 1
          executor: # merged here
            # the driver's settings
            cores: 1
            instances: 2
          type: Scala
        """);
    assertThat(fmt(once)).isEqualTo(once);
  }

  @Test
  void refusesTextWhoseCommentsSnakeYamlCannotReadAtTheirPositionRatherThanDropThem() {
    // SnakeYAML 2.5 cannot read a comment right after an anchor when it reads comments; Jackson reads the text
    String text = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\nmetadata:\n  name: pi\n"
        + "spec:\n  type: Scala\n  driver: &pod # shared\n    cores: 1\n";

    assertThatThrownBy(() -> fmt(text))
        .isInstanceOf(CommentPlacementException.class)
        .hasMessageStartingWith("app.yaml:8:5: cannot read the comments of the text")
        .hasMessageEndingWith("the file is left unchanged");
  }

  @Test
  void aCommentIndentedUnderAnEmptyMappingFindsAPlaceThatFormattingAgainKeeps() {
    String text = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec:
          type: Scala
          driver:
            template:
              spec:
                containers:
                - name: spark-kubernetes-driver
                  resources: {}
                    # use spec.driver.cores and memory instead
                  image: spark:4
        """;

    String once = fmt(text);

    assertThat(once).contains("# use spec.driver.cores and memory instead");
    assertThat(fmt(once)).isEqualTo(once);
  }

  @Test
  void aCommentAfterABlockScalarStaysOnItsOwnLineAndOneOnItsHeaderStaysThere() {
    // fuzz finding writeIsAFixedPoint/crash-1087b4b7: SnakeYAML marks a comment right after a block scalar's
    // text IN_LINE, and the second format put it on the "- |-" line, inside the scalar
    String text = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: pi
        spec:
          type: Scala
          driver:
            template:
              spec:
                containers:
                - name: spark-kubernetes-driver
                  command:
                  - /bin/bash
                  - -c
                  - |- # the script
                    set -o pipefail
                    exec /opt/entrypoint.sh
        # after the script, at column 0
                volumes:
                - name: scratch
                  emptyDir: {}
        """;

    String once = fmt(text);

    assertThat(fmt(once)).isEqualTo(once);
    assertThat(once).contains("- |- # the script\n", "\n        # after the script, at column 0\n        volumes:");
    assertThat(SparkYaml.strict().read(once).resources()).isEqualTo(SparkYaml.strict().read(text).resources());
  }
}
