package dev.sparkapp.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an {@link ApplicationWatch} has delivered, so that a watch started again after the service
 * restarts delivers only what changed since: each application's uid, name, {@code resourceVersion} and
 * the state and attempt last delivered, and the collection's {@code resourceVersion} at the last sync.
 *
 * <p>Persist {@link #toString()} (plain text, one line per application, no secrets: names, uids,
 * versions and states only) and read it back with {@link #parse(String)}:
 *
 * <pre>{@code
 * Files.writeString(tokenFile, watch.resumeToken().toString());          // after handling transitions
 * ResumeToken token = ResumeToken.parse(Files.readString(tokenFile));     // on restart
 * spark.watch(SparkApplication.class, WatchOptions.builder().resumeFrom(token).build(), listener);
 * }</pre>
 *
 * <p>On resuming, the watch seeds its cache with these versions: the first list from the server then
 * yields only applications whose {@code resourceVersion} changed, and deletions of those that are gone;
 * of these, only a changed state or attempt is delivered again.
 */
public final class ResumeToken {
  private static final String HEADER = "sparkapp-watch v1";

  /** One application as last delivered. */
  record Entry(String uid, String name, String resourceVersion, String state, int attempt) {}

  private final String kind;
  private final String namespace;
  private final String resourceVersion;
  private final Map<String, Entry> entries;

  ResumeToken(String kind, String namespace, String resourceVersion, Collection<Entry> entries) {
    this.kind = kind;
    this.namespace = namespace;
    this.resourceVersion = resourceVersion == null ? "" : resourceVersion;
    this.entries = entries.stream().collect(Collectors.toUnmodifiableMap(Entry::uid, Function.identity()));
  }

  /** Returns the kind the watch watched, for example {@code SparkApplication}. */
  public String kind() {
    return kind;
  }

  /** Returns the namespace the watch watched. */
  public String namespace() {
    return namespace;
  }

  /** Returns the collection's {@code resourceVersion} at the watch's last sync; empty if it never synced. */
  public String resourceVersion() {
    return resourceVersion;
  }

  /** Returns how many applications the token remembers. */
  public int size() {
    return entries.size();
  }

  Map<String, Entry> entries() {
    return entries;
  }

  /**
   * Reads a token written by {@link #toString()}.
   *
   * @throws InvalidResumeTokenException when {@code text} is not such a token; the message names the line
   */
  public static ResumeToken parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] lines = text.strip().split("\n");
    String[] head = lines[0].strip().split(" ");
    if (!lines[0].startsWith(HEADER + " ") || head.length < 4 || head.length > 5) {
      throw new InvalidResumeTokenException("Not a watch resume token: line 1 must read '" + HEADER
          + " KIND NAMESPACE [RESOURCE_VERSION]'. Persist ResumeToken.toString() unchanged.");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] fields = lines[i].strip().split(" ");
      if (fields.length != 5 || !fields[3].matches("\\d+")) {
        throw new InvalidResumeTokenException("Watch resume token line " + (i + 1)
            + " must read 'UID NAME RESOURCE_VERSION ATTEMPT STATE'. Persist ResumeToken.toString() unchanged.");
      }
      entries.add(new Entry(fields[0], fields[1], fields[2], fields[4].equals("-") ? "" : fields[4],
          Integer.parseInt(fields[3])));
    }
    return new ResumeToken(head[2], head[3], head.length == 5 ? head[4] : "", entries);
  }

  /** Returns the token as text for {@link #parse(String)}: a header line, then one line per application by name. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(HEADER).append(' ').append(kind).append(' ').append(namespace);
    if (!resourceVersion.isEmpty()) {
      text.append(' ').append(resourceVersion);
    }
    text.append('\n');
    entries.values().stream().sorted(Comparator.comparing(Entry::name).thenComparing(Entry::uid)).forEach(e ->
        text.append(e.uid()).append(' ').append(e.name()).append(' ').append(e.resourceVersion()).append(' ')
            .append(e.attempt()).append(' ').append(e.state().isEmpty() ? "-" : e.state()).append('\n'));
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResumeToken other && kind.equals(other.kind) && namespace.equals(other.namespace)
        && resourceVersion.equals(other.resourceVersion) && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, namespace, resourceVersion, entries);
  }
}
