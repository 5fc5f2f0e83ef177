package dev.sparkapp.client;

import dev.sparkapp.core.KindStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One Kubernetes event about an application or one of its pods, typed enough to filter: who it is about
 * ({@code objectKind}, {@code objectName}, {@code objectUid}, the container from {@code fieldPath}), what
 * ({@code type}, {@code reason}, {@code message}), how often ({@code count}) and when ({@code firstTime},
 * {@code lastTime}).
 *
 * <p>The API server keeps events in two shapes, both read here. Legacy recorders (the kubelet's
 * {@code record.EventRecorder}, controller-runtime's, so the spark-operator's) write {@code core/v1} fields:
 * {@code firstTimestamp}, {@code lastTimestamp}, {@code count}, {@code source.component}. Recorders of
 * {@code events.k8s.io/v1} (the scheduler) write {@code eventTime}, {@code series.count},
 * {@code series.lastObservedTime}, {@code reportingController} and leave the legacy fields empty; read
 * through {@code core/v1}, {@code note} is {@code message} and {@code regarding} is
 * {@code involvedObject}.
 *
 * @param type {@code Normal} or {@code Warning}
 * @param reason the reason, for example {@code Unhealthy} or {@code SparkApplicationFailed}
 * @param message the message (the {@code events.k8s.io/v1} {@code note})
 * @param objectKind the kind of the object it is about, for example {@code Pod}
 * @param objectName the object's name
 * @param objectUid the object's uid: a pod deleted and created again under the same name has a new one
 * @param fieldPath the part of the object, for example {@code spec.containers{spark-kubernetes-driver}}; empty
 *     when the event is about the whole object
 * @param count how many times it happened (at least 1)
 * @param firstTime when it first happened
 * @param lastTime when it last happened
 * @param source the component that reported it, for example {@code kubelet} or {@code default-scheduler}
 */
public record ClusterEvent(String type, String reason, String message, String objectKind, String objectName,
    String objectUid, String fieldPath, int count, Instant firstTime, Instant lastTime, String source) {

  /** Reads a {@code core/v1} event, in either shape (see the class comment). */
  static ClusterEvent of(Event event) {
    ObjectReference about = event.getInvolvedObject() == null ? new ObjectReference() : event.getInvolvedObject();
    Optional<Instant> eventTime = micro(event.getEventTime());
    Optional<Instant> created = event.getMetadata() == null ? Optional.empty()
        : KindStatus.parseTime(event.getMetadata().getCreationTimestamp());
    Instant first = KindStatus.parseTime(event.getFirstTimestamp()).or(() -> eventTime).or(() -> created)
        .orElse(Instant.EPOCH);
    Optional<Instant> seriesLast = event.getSeries() == null ? Optional.empty()
        : micro(event.getSeries().getLastObservedTime());
    Instant last = seriesLast.or(() -> KindStatus.parseTime(event.getLastTimestamp())).orElse(first);
    int count = event.getSeries() != null && event.getSeries().getCount() != null ? event.getSeries().getCount()
        : event.getCount() != null && event.getCount() > 0 ? event.getCount() : 1;
    String source = nonEmpty(event.getReportingComponent())
        .or(() -> event.getSource() == null ? Optional.empty() : nonEmpty(event.getSource().getComponent()))
        .orElse("");
    return new ClusterEvent(Objects.toString(event.getType(), ""), Objects.toString(event.getReason(), ""),
        Objects.toString(event.getMessage(), "").strip(), Objects.toString(about.getKind(), ""),
        Objects.toString(about.getName(), ""), Objects.toString(about.getUid(), ""),
        Objects.toString(about.getFieldPath(), ""), count, first, last.isBefore(first) ? first : last, source);
  }

  /** Reads an {@code events.k8s.io/v1} event. */
  static ClusterEvent of(io.fabric8.kubernetes.api.model.events.v1.Event event) {
    ObjectReference about = event.getRegarding() == null ? new ObjectReference() : event.getRegarding();
    Optional<Instant> eventTime = micro(event.getEventTime());
    Instant first = eventTime.or(() -> KindStatus.parseTime(event.getDeprecatedFirstTimestamp()))
        .or(() -> event.getMetadata() == null ? Optional.empty()
            : KindStatus.parseTime(event.getMetadata().getCreationTimestamp()))
        .orElse(Instant.EPOCH);
    Optional<Instant> seriesLast = event.getSeries() == null ? Optional.empty()
        : micro(event.getSeries().getLastObservedTime());
    Instant last = seriesLast.or(() -> KindStatus.parseTime(event.getDeprecatedLastTimestamp())).orElse(first);
    int count = event.getSeries() != null && event.getSeries().getCount() != null ? event.getSeries().getCount()
        : event.getDeprecatedCount() != null && event.getDeprecatedCount() > 0 ? event.getDeprecatedCount() : 1;
    String source = nonEmpty(event.getReportingController())
        .or(() -> event.getDeprecatedSource() == null ? Optional.empty()
            : nonEmpty(event.getDeprecatedSource().getComponent()))
        .orElse("");
    return new ClusterEvent(Objects.toString(event.getType(), ""), Objects.toString(event.getReason(), ""),
        Objects.toString(event.getNote(), "").strip(), Objects.toString(about.getKind(), ""),
        Objects.toString(about.getName(), ""), Objects.toString(about.getUid(), ""),
        Objects.toString(about.getFieldPath(), ""), count, first, last.isBefore(first) ? first : last, source);
  }

  private static Optional<Instant> micro(MicroTime time) {
    return time == null ? Optional.empty() : KindStatus.parseTime(time.getTime());
  }

  private static Optional<String> nonEmpty(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** Returns whether {@link #type()} is {@code Warning}. */
  public boolean isWarning() {
    return "Warning".equals(type);
  }

  /** Returns the container named in {@link #fieldPath()} ({@code spec.containers{NAME}}), if any. */
  public Optional<String> container() {
    int open = fieldPath.indexOf('{');
    int close = fieldPath.lastIndexOf('}');
    return open >= 0 && close > open ? Optional.of(fieldPath.substring(open + 1, close)) : Optional.empty();
  }

  /** Returns {@code 2026-12-02T10:15:30Z Warning Unhealthy Pod/spark-pi-driver (x4): MESSAGE}. */
  @Override
  public String toString() {
    return lastTime + " " + type + " " + reason + " " + objectKind + "/" + objectName
        + (count > 1 ? " (x" + count + ")" : "") + ": " + message;
  }
}
