package dev.sparkapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.events.v1.EventBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link ClusterEvent} reads both shapes the API server keeps events in. */
class ClusterEventTest {
  /** The kubelet's legacy recorder (client-go tools/record): firstTimestamp, lastTimestamp, count, source. */
  @Test
  void aLegacyKubeletEventKeepsItsCountTimesAndContainer() {
    ClusterEvent event = ClusterEvent.of(Recorded.kubelet("pi-driver", "u1", "spark-kubernetes-driver", "Warning",
        "Unhealthy", "Liveness probe failed: HTTP probe failed with statuscode: 500", 4, "2026-12-02T10:14:31Z",
        "2026-12-02T10:15:01Z"));

    assertThat(event.count()).isEqualTo(4);
    assertThat(event.firstTime()).isEqualTo(Instant.parse("2026-12-02T10:14:31Z"));
    assertThat(event.lastTime()).isEqualTo(Instant.parse("2026-12-02T10:15:01Z"));
    assertThat(event.container()).contains("spark-kubernetes-driver");
    assertThat(event.source()).isEqualTo("kubelet");
    assertThat(event.isWarning()).isTrue();
    assertThat(event.toString()).isEqualTo("2026-12-02T10:15:01Z Warning Unhealthy Pod/pi-driver (x4): Liveness probe "
        + "failed: HTTP probe failed with statuscode: 500");
  }

  /** The scheduler's events.k8s.io/v1 recorder, read through core/v1: eventTime and series, no timestamps or count. */
  @Test
  void anEventsApiEventReadThroughCoreV1TakesEventTimeAndSeries() {
    ClusterEvent event = ClusterEvent.of(Recorded.scheduler("pi-driver", "u1", "Warning", "FailedScheduling",
        "Scheduling", "0/3 nodes are available: 3 Insufficient cpu.", "2026-12-02T10:19:01.412345Z", 6,
        "2026-12-02T10:20:31.000000Z"));

    assertThat(event.count()).isEqualTo(6);
    assertThat(event.firstTime()).isEqualTo(Instant.parse("2026-12-02T10:19:01.412345Z"));
    assertThat(event.lastTime()).isEqualTo(Instant.parse("2026-12-02T10:20:31Z"));
    assertThat(event.source()).isEqualTo("default-scheduler");

    ClusterEvent single = ClusterEvent.of(Recorded.scheduler("pi-driver", "u1", "Normal", "Scheduled", "Binding",
        "Successfully assigned default/pi-driver to node-1", "2026-12-02T10:19:01.000001Z", null, null));
    assertThat(single.count()).isEqualTo(1);
    assertThat(single.lastTime()).isEqualTo(single.firstTime());
  }

  /** An events.k8s.io/v1 object itself: note, regarding, deprecated* fields. */
  @Test
  void anEventsV1ObjectReadsNoteAndRegarding() {
    ClusterEvent event = ClusterEvent.of(new EventBuilder()
        .withNewMetadata().withName("pi-driver.1").withNamespace("default").endMetadata()
        .withRegarding(new ObjectReferenceBuilder().withKind("Pod").withName("pi-driver").withUid("u1").build())
        .withType("Normal").withReason("Preempted").withNote("Preempted by pod 6a1e on node node-1")
        .withEventTime(new MicroTime("2026-12-02T10:12:00.104233Z")).withReportingController("default-scheduler")
        .withDeprecatedCount(2).build());

    assertThat(event.message()).isEqualTo("Preempted by pod 6a1e on node node-1");
    assertThat(event.objectName()).isEqualTo("pi-driver");
    assertThat(event.count()).isEqualTo(2);
    assertThat(event.source()).isEqualTo("default-scheduler");
  }
}
