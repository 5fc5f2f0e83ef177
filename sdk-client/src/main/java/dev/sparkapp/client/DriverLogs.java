package dev.sparkapp.client;

import dev.sparkapp.core.KindStatus;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.BytesLimitTerminateTimeTailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.Loggable;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a container's log with bounds: the tail (the API's {@code tailLines} and {@code limitBytes}, and
 * the same byte limit on the client), and a follow that reconnects where it stopped. Nothing holds more
 * than the byte limit (a tail) or one line (a follow) in memory.
 */
final class DriverLogs {
  private DriverLogs() {}

  /** Reads the tail of {@code container} in {@code pod}. */
  static LogTail tail(KubernetesClient kubernetes, String namespace, String pod, String container, LogOptions options) {
    ContainerResource resource = kubernetes.pods().inNamespace(namespace).withName(pod).inContainer(container);
    // fabric8's DSL types limitBytes() narrowly; its implementation returns the full loggable again.
    BytesLimitTerminateTimeTailPrettyLoggable limited =
        (BytesLimitTerminateTimeTailPrettyLoggable) resource.limitBytes(options.limitBytes());
    TimeTailPrettyLoggable which = options.previous() ? limited.terminated() : limited;
    Loggable log = which.tailingLines(options.tailLines());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean truncated;
    try (InputStream in = log.getLogInputStream()) {
      byte[] buffer = new byte[8192];
      int read;
      while (bytes.size() < options.limitBytes() && (read = in.read(buffer, 0,
          Math.min(buffer.length, options.limitBytes() - bytes.size()))) > 0) {
        bytes.write(buffer, 0, read);
      }
      truncated = bytes.size() >= options.limitBytes();
    } catch (IOException e) {
      throw ClusterErrors.unreachable(e, kubernetes.getMasterUrl());
    }
    Deque<String> lines = new ArrayDeque<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n", -1)) {
      lines.addLast(cut(line));
      if (lines.size() > options.tailLines() + 1) {
        lines.removeFirst();
      }
    }
    if (!lines.isEmpty() && lines.peekLast().isEmpty()) {
      lines.removeLast();
    }
    while (lines.size() > options.tailLines()) {
      lines.removeFirst();
    }
    return new LogTail(pod, container, options.previous(), new ArrayList<>(lines), truncated);
  }

  /**
   * Follows {@code container} in {@code pod} from its last {@code tailLines} lines, handing each line to
   * {@code lines} on a thread of its own, and reconnects when the stream ends while the container still
   * runs, from the timestamp of the last line delivered (lines up to it are skipped, so none repeats).
   */
  static LogFollow follow(KubernetesClient kubernetes, String namespace, String pod, String container, int tailLines,
      int maxReconnects, Consumer<String> lines) {
    LogFollow follow = new LogFollow(pod, container);
    Thread thread = new Thread(() -> {
      try {
        run(kubernetes, namespace, pod, container, tailLines, maxReconnects, lines, follow);
        follow.finish(null);
      } catch (KubernetesClientException e) {
        follow.finish(ClusterErrors.translate(e, Operation.GET, new ResourceRef(PODS, namespace, pod),
            kubernetes.getMasterUrl()));
      } catch (RuntimeException e) {
        follow.finish(e);
      }
    }, "sparkapp-log-" + pod);
    thread.setDaemon(true);
    thread.start();
    return follow;
  }

  static final ResourceType PODS = new ResourceType("", "v1", "Pod", "pods", true);

  private static void run(KubernetesClient kubernetes, String namespace, String pod, String container, int tailLines,
      int maxReconnects, Consumer<String> lines, LogFollow follow) {
    String lastStamp = null;
    Instant last = null;
    for (int connection = 0; connection <= maxReconnects && !follow.isClosed(); connection++) {
      BytesLimitTerminateTimeTailPrettyLoggable stamped = kubernetes.pods().inNamespace(namespace).withName(pod)
          .inContainer(container).usingTimestamps();
      Loggable log = lastStamp == null ? stamped.tailingLines(tailLines) : stamped.sinceTime(lastStamp);
      try (LogWatch watch = log.watchLog()) {
        follow.attach(watch);
        LineReader reader = new LineReader(watch.getOutput());
        String line;
        while ((line = reader.next()) != null) {
          int space = line.indexOf(' ');
          Optional<Instant> stamp = space > 0 ? KindStatus.parseTime(line.substring(0, space)) : Optional.empty();
          if (stamp.isPresent() && last != null && !stamp.get().isAfter(last)) {
            continue;
          }
          if (stamp.isPresent()) {
            last = stamp.get();
            lastStamp = line.substring(0, space);
          }
          lines.accept(stamp.isPresent() ? line.substring(space + 1) : line);
        }
      } catch (IOException e) {
        // the connection dropped: reconnect below unless the container ended
      }
      if (follow.isClosed() || ended(kubernetes, namespace, pod, container)) {
        return;
      }
    }
  }

  private static boolean ended(KubernetesClient kubernetes, String namespace, String pod, String container) {
    Pod found = kubernetes.pods().inNamespace(namespace).withName(pod).get();
    if (found == null || found.getStatus() == null || found.getStatus().getContainerStatuses() == null) {
      return found == null;
    }
    for (ContainerStatus status : found.getStatus().getContainerStatuses()) {
      if (container.equals(status.getName())) {
        return status.getState() != null && status.getState().getTerminated() != null;
      }
    }
    return false;
  }

  static String cut(String line) {
    return line.length() <= LogOptions.MAX_LINE_CHARS ? line : line.substring(0, LogOptions.MAX_LINE_CHARS);
  }

  /** Reads UTF-8 lines, keeping at most {@link LogOptions#MAX_LINE_CHARS} bytes of each. */
  static final class LineReader {
    private final InputStream in;

    LineReader(InputStream in) {
      this.in = in;
    }

    /** Returns the next line without its end, or {@code null} at the end of the stream. */
    String next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      boolean any = false;
      while ((b = in.read()) >= 0) {
        any = true;
        if (b == '\n') {
          break;
        }
        if (line.size() < LogOptions.MAX_LINE_CHARS) {
          line.write(b);
        }
      }
      if (!any) {
        return null;
      }
      String text = line.toString(StandardCharsets.UTF_8);
      return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
  }

  /** Returns the lines of {@code tail}, last {@code n}. */
  static List<String> last(LogTail tail, int n) {
    List<String> lines = tail.lines();
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }
}
