package dev.sparkapp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration of the kubeflow {@link ScheduledSparkApplication}, registered in {@link ResourceKinds}:
 * its pods are those of {@code spec.template}, shared by every run.
 */
final class ScheduledSparkApplicationKind {
  private ScheduledSparkApplicationKind() {}

  static final ResourceKind<ScheduledSparkApplication> KIND = declare();

  private static ResourceKind<ScheduledSparkApplication> declare() {
    FieldPath spec = FieldPath.of("spec");
    FieldPath template = spec.field("template");
    ResourceKind.Builder<ScheduledSparkApplication> kind = ResourceKind.builder(ScheduledSparkApplication.class)
        .submittedAs(SparkResource.GROUP, SparkResource.VERSION, ScheduledSparkApplication.KIND,
            "scheduledsparkapplications")
        .sparkConf(template.field("sparkConf"),
            app -> app.spec().template().map(SparkApplicationSpec::sparkConf),
            (app, conf) -> withTemplate(app, SparkApplicationSpec.builder().from(app.spec().template().orElseThrow())
                .sparkConf(conf).build()))
        .podHost(app -> app.spec().template().isPresent() ? Optional.empty() : Optional.of(template))
        .state(app -> app.status().flatMap(ScheduledSparkApplicationStatus::scheduleState))
        .statusLines(app -> statusLines(app.status().orElseGet(() -> ScheduledSparkApplicationStatus.builder().build())))
        .status(new ScheduledKindStatus())
        .parts(app -> {
          List<ResourceKind.Part> parts = new ArrayList<>();
          parts.add(new ResourceKind.Part(spec, app.spec()));
          app.spec().template().ifPresent(t -> parts.add(new ResourceKind.Part(template, t)));
          return parts;
        })
        .derivedNames(new ResourceKind.DerivedNames(
            KubeflowPods.UI_SERVICE_SUFFIX.length() + KubeflowPods.RUN_SUFFIX_LENGTH, KubeflowPods::uiService,
            name -> "each run '<name>-<timestamp>' and its UI Service '<name>" + KubeflowPods.UI_SERVICE_SUFFIX + "'"));
    for (SparkPod role : SparkPod.applicationRoles()) {
      kind.pod(KubeflowPods.<ScheduledSparkApplication>applicationPod(role, template,
          app -> app.spec().template(), ScheduledSparkApplicationKind::withTemplate));
    }
    return kind.build();
  }

  private static ScheduledSparkApplication withTemplate(ScheduledSparkApplication app, SparkApplicationSpec template) {
    return ((ImmutableScheduledSparkApplication) ImmutableScheduledSparkApplication.copyOf(app))
        .withSpec(ScheduledSparkApplicationSpec.builder().from(app.spec()).template(template).build());
  }

  private static List<Map.Entry<String, String>> statusLines(ScheduledSparkApplicationStatus status) {
    List<Map.Entry<String, String>> lines = new ArrayList<>();
    lines.add(KubeflowPods.line("Schedule", status.scheduleState().orElse("NEW")));
    status.reason().ifPresent(r -> lines.add(KubeflowPods.line("Reason", r)));
    status.lastRun().ifPresent(t -> lines.add(KubeflowPods.line("Last run", t)));
    status.lastRunName().ifPresent(n -> lines.add(KubeflowPods.line("Last run name", n)));
    status.nextRun().ifPresent(t -> lines.add(KubeflowPods.line("Next run", t)));
    return lines;
  }
}
