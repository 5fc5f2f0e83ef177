package dev.sparkapp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The declaration of the kubeflow {@link SparkApplication}, registered in {@link ResourceKinds}. */
final class SparkApplicationKind {
  private SparkApplicationKind() {}

  static final ResourceKind<SparkApplication> KIND = declare();

  private static ResourceKind<SparkApplication> declare() {
    FieldPath spec = FieldPath.of("spec");
    ResourceKind.Builder<SparkApplication> kind = ResourceKind.builder(SparkApplication.class)
        .submittedAs(SparkResource.GROUP, SparkResource.VERSION, SparkApplication.KIND, "sparkapplications")
        .sparkConf(spec.field("sparkConf"), app -> Optional.ofNullable(app.spec().sparkConf()),
            (app, conf) -> withSpec(app, SparkApplicationSpec.builder().from(app.spec()).sparkConf(conf).build()))
        .state(app -> app.status().flatMap(SparkApplicationStatus::applicationState).map(ApplicationState::state)
            .filter(s -> !s.isEmpty()))
        .statusLines(app -> statusLines(app.status().orElseGet(() -> SparkApplicationStatus.builder().build())))
        .status(new SparkApplicationKindStatus())
        .parts(app -> List.of(new ResourceKind.Part(spec, app.spec())))
        .derivedNames(new ResourceKind.DerivedNames(KubeflowPods.UI_SERVICE_SUFFIX.length(), KubeflowPods::uiService,
            name -> "the driver pod '" + name + "-driver' and the UI Service '<name>" + KubeflowPods.UI_SERVICE_SUFFIX + "'"));
    for (SparkPod role : SparkPod.applicationRoles()) {
      kind.pod(KubeflowPods.<SparkApplication>applicationPod(role, spec, app -> Optional.of(app.spec()),
          SparkApplicationKind::withSpec));
    }
    return kind.build();
  }

  private static SparkApplication withSpec(SparkApplication app, SparkApplicationSpec spec) {
    return ((ImmutableSparkApplication) ImmutableSparkApplication.copyOf(app)).withSpec(spec);
  }

  /** The status as {@code sparkapp status} shows it. */
  static List<Map.Entry<String, String>> statusLines(SparkApplicationStatus status) {
    List<Map.Entry<String, String>> lines = new ArrayList<>();
    String state = status.applicationState().map(ApplicationState::state).orElse("");
    lines.add(KubeflowPods.line("State", state.isEmpty() ? "NEW (not yet submitted)" : state));
    status.applicationState().flatMap(ApplicationState::errorMessage).ifPresent(e -> lines.add(KubeflowPods.line("Error", e)));
    status.sparkApplicationId().ifPresent(id -> lines.add(KubeflowPods.line("Spark app ID", id)));
    status.driverInfo().flatMap(DriverInfo::podName).ifPresent(pod -> lines.add(KubeflowPods.line("Driver pod", pod)));
    status.driverInfo().flatMap(DriverInfo::webUIAddress).ifPresent(ui -> lines.add(KubeflowPods.line("Spark UI", ui)));
    status.submissionAttempts().ifPresent(n -> lines.add(KubeflowPods.line("Submissions", String.valueOf(n))));
    status.executionAttempts().ifPresent(n -> lines.add(KubeflowPods.line("Executions", String.valueOf(n))));
    status.lastSubmissionAttemptTime().ifPresent(t -> lines.add(KubeflowPods.line("Submitted at", t)));
    status.terminationTime().ifPresent(t -> lines.add(KubeflowPods.line("Ended at", t)));
    return lines;
  }
}
