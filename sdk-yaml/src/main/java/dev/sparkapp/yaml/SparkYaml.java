package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes SparkApplication and ScheduledSparkApplication manifests as YAML or JSON.
 *
 * <pre>{@code
 * String yaml = SparkYaml.strict().toYaml(app);             // canonical, deterministic YAML
 * Manifest manifest = SparkYaml.strict().read(Path.of("app.yaml"));
 * SparkApplication app = manifest.resourcesOf(SparkApplication.class).get(0);
 * }</pre>
 *
 * <p><b>Writing</b> is deterministic: {@code apiVersion, kind, metadata, spec, status} first, then fields
 * in alphabetical order (map entries keep their insertion order); nothing is written that was not set,
 * and explicitly set {@code false}, {@code 0} and empty values are kept. Strings that a YAML 1.1 or 1.2
 * reader would take for something else ({@code "5000"}, {@code "true"}, {@code "on"}, {@code "0x1F"},
 * {@code "12:30"}) are quoted, so kubectl and PyYAML read back exactly what was written.
 *
 * <p><b>Reading</b> is multi-document ({@link #forEachDocument(String, String, java.util.function.Consumer)}
 * takes a long stream one document at a time). SparkApplication and ScheduledSparkApplication documents become
 * the typed model; every other kind (a ConfigMap beside an app) becomes a fabric8 resource, kept and
 * written back, never dropped. {@link #strict()} refuses unknown fields with an
 * {@link UnknownFieldException} that names the path, the position and the closest known field;
 * {@link #lenient()} keeps them in the model's {@code additionalProperties} and writes them back. Both
 * expand anchors, aliases and {@code <<} merge keys as kubectl does (an explicit key wins over a merged
 * one; of several merged mappings the earlier wins), and refuse aliases that expand a document far beyond
 * its text ({@link AliasExpansionException}), duplicate keys, bytes that are not UTF-8 and input larger
 * than {@value #DEFAULT_MAX_CHARS} characters. Writing gives the expanded form, without anchors. Every failure is a {@link ManifestException} subclass whose
 * message reads {@code source:line:column: path: reason}.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class SparkYaml {
  /** The largest input read, in characters (16 MiB). */
  public static final long DEFAULT_MAX_CHARS = 16L * 1024 * 1024;

  private static final String STRING_SOURCE = "<string>";
  private static final SparkYaml STRICT = new SparkYaml(true);

  /** Built on first use: most callers, the command line among them, never read leniently. */
  private static final class Lenient {
    static final SparkYaml INSTANCE = new SparkYaml(false);
  }

  private final boolean strict;
  private final ResourceCodec codec;
  private final TreeReader trees;

  private SparkYaml(boolean strict) {
    this.strict = strict;
    this.codec = new ResourceCodec(strict);
    this.trees = new TreeReader(DEFAULT_MAX_CHARS);
  }

  /** Returns the reader/writer that refuses unknown fields. The default; use it unless you must not. */
  public static SparkYaml strict() {
    return STRICT;
  }

  /**
   * Returns the reader/writer that keeps unknown fields (for manifests written for a newer operator, or
   * with fields this SDK does not model) and writes them back unchanged.
   */
  public static SparkYaml lenient() {
    return Lenient.INSTANCE;
  }

  /** Returns {@code true} for {@link #strict()}. */
  public boolean isStrict() {
    return strict;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Returns {@code resource} (a model value or a fabric8 resource) as one YAML document, followed by
   * its {@linkplain SparkResource#companions() companions} (the log4j2 ConfigMap of a log-staleness
   * probe), each after {@code ---}: what the resource needs in the cluster is never left out.
   */
  public String toYaml(Object resource) {
    return toYaml(List.of(Objects.requireNonNull(resource, "resource")));
  }

  /**
   * Returns {@code resource} alone as one YAML document, without its companions: for code that sends one
   * object at a time, such as a request to the API server. To write or apply a resource, use {@link
   * #toYaml(Object)}, which keeps its companions with it.
   */
  public String toYamlDocument(Object resource) {
    return codec.toYaml(Objects.requireNonNull(resource, "resource"));
  }

  /**
   * Returns {@code resources} as a multi-document YAML stream, documents separated by {@code ---}. Each
   * Spark resource is followed by those of its {@linkplain SparkResource#companions() companions} that
   * the list does not hold already ({@link SparkResource#withCompanions(List)}).
   */
  public String toYaml(List<?> resources) {
    StringBuilder out = new StringBuilder();
    for (Object resource : SparkResource.withCompanions(resources)) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append(toYamlDocument(resource));
    }
    return out.toString();
  }

  /**
   * Returns {@code resource} as pretty-printed JSON (two-space indent, trailing newline); a Spark resource
   * with {@linkplain SparkResource#companions() companions} becomes a {@code v1 List} of it and them, as
   * {@link #toJson(List)} writes it.
   */
  public String toJson(Object resource) {
    Objects.requireNonNull(resource, "resource");
    if (resource instanceof SparkResource spark && !spark.companions().isEmpty()) {
      return toJson(List.of(resource));
    }
    return codec.toJson(resource);
  }

  /**
   * Returns {@code resources} as one JSON document, a Kubernetes {@code v1 List} whose {@code items} are
   * the resources, each Spark resource followed by its companions as in {@link #toYaml(List)}: the form
   * {@code kubectl apply -f} accepts.
   */
  public String toJson(List<?> resources) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    list.put("items", SparkResource.withCompanions(resources));
    return codec.toJson(list);
  }

  /** Returns the resource as the tree that would be written. For validation in this package. */
  JsonNode toTree(Object resource) {
    return codec.toTree(resource);
  }

  // ---------------------------------------------------------------- reading

  /** Reads every document of {@code text}; positions name the source {@code <string>}. */
  public Manifest read(String text) {
    return read(text, STRING_SOURCE);
  }

  /** Reads every document of {@code text}; positions name {@code sourceName}. */
  public Manifest read(String text, String sourceName) {
    List<ManifestDocument> documents = new ArrayList<>();
    forEachDocument(text, sourceName, documents::add);
    return new Manifest(sourceName, documents);
  }

  /**
   * Reads the documents of {@code text} one at a time and hands each to {@code action} as soon as it is
   * read, before the next is parsed: for streams of many documents (validating a 1,000-document file),
   * memory holds one document rather than all. Documents are read exactly as by {@link #read(String,
   * String)}; a document that cannot be read stops the reading with its {@link ManifestException}, after
   * the documents before it were handed over.
   *
   * @return the number of documents read
   * @throws EmptyManifestException if the input holds no document
   */
  public int forEachDocument(String text, String sourceName, Consumer<? super ManifestDocument> action) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(action, "action");
    int[] count = {0};
    trees.read(text, sourceName, parsed ->
        action.accept(new ManifestDocument(count[0]++, codec.bind(parsed, sourceName), parsed)));
    if (count[0] == 0) {
      throw new EmptyManifestException(SourcePosition.of(sourceName, 1, 1), null,
          "the input holds no document; expected at least one resource with apiVersion and kind");
    }
    return count[0];
  }

  /**
   * Reads the file at {@code path} (UTF-8). Positions name the path as given.
   *
   * @throws UnreadableSourceException if the file cannot be read
   * @throws ManifestException if it is not a valid manifest
   */
  public Manifest read(Path path) {
    return read(textOf(path), path.toString());
  }

  /** Reads all of {@code in} (UTF-8); positions name {@code sourceName}. The stream is not closed. */
  public Manifest read(InputStream in, String sourceName) {
    return read(textOf(in, sourceName), sourceName);
  }

  /**
   * Reads the file at {@code path} (UTF-8) one document at a time, as {@link #forEachDocument(String,
   * String, Consumer)} does; positions name the path as given.
   *
   * @throws UnreadableSourceException if the file cannot be read
   */
  public int forEachDocument(Path path, Consumer<? super ManifestDocument> action) {
    return forEachDocument(textOf(path), path.toString(), action);
  }

  /**
   * Reads all of {@code in} (UTF-8) and hands its documents to {@code action} one at a time, as {@link
   * #forEachDocument(String, String, Consumer)} does. The stream is not closed.
   */
  public int forEachDocument(InputStream in, String sourceName, Consumer<? super ManifestDocument> action) {
    return forEachDocument(textOf(in, sourceName), sourceName, action);
  }

  private String textOf(Path path) {
    String source = path.toString();
    try {
      if (Files.size(path) > DEFAULT_MAX_CHARS * 4) {
        throw trees.tooLarge(source);
      }
      return trees.decode(Files.readAllBytes(path), source);
    } catch (NoSuchFileException e) {
      throw new UnreadableSourceException(source + ": no such file", e);
    } catch (IOException e) {
      throw new UnreadableSourceException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private String textOf(InputStream in, String sourceName) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      int n;
      while ((n = in.read(buffer)) != -1) {
        bytes.write(buffer, 0, n);
        if (bytes.size() > DEFAULT_MAX_CHARS * 4) {
          throw trees.tooLarge(sourceName);
        }
      }
      return trees.decode(bytes.toByteArray(), sourceName);
    } catch (IOException e) {
      throw new UnreadableSourceException(sourceName + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads all of {@code in}; positions name {@code sourceName}. The reader is not closed. */
  public Manifest read(Reader in, String sourceName) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[65536];
      int n;
      while ((n = in.read(buffer)) != -1) {
        text.append(buffer, 0, n);
        if (text.length() > DEFAULT_MAX_CHARS) {
          throw trees.tooLarge(sourceName);
        }
      }
      return read(text.toString(), sourceName);
    } catch (IOException e) {
      throw new UnreadableSourceException(sourceName + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code text} that must hold exactly one document, a SparkApplication.
   *
   * @throws ManifestException if the text is not a valid manifest, holds several documents or another kind
   */
  public SparkApplication readApplication(String text) {
    return readSingle(text, SparkApplication.class);
  }

  /** Reads {@code text} that must hold exactly one document, a ScheduledSparkApplication. */
  public ScheduledSparkApplication readScheduledApplication(String text) {
    return readSingle(text, ScheduledSparkApplication.class);
  }

  private <T> T readSingle(String text, Class<T> type) {
    Manifest manifest = read(text);
    ManifestDocument first = manifest.documents().get(0);
    if (manifest.documents().size() != 1 || !type.isInstance(first.resource())) {
      throw new UnsupportedResourceException(first.start(), null, "expected exactly one "
          + type.getSimpleName() + " document, found " + describe(manifest));
    }
    return type.cast(first.resource());
  }

  private static String describe(Manifest manifest) {
    List<String> kinds = new ArrayList<>();
    for (Object resource : manifest.resources()) {
      kinds.add(resource.getClass().getSimpleName().replaceFirst("^Immutable", ""));
    }
    return kinds.size() + " document(s): " + kinds;
  }

  @Override
  public String toString() {
    return strict ? "SparkYaml.strict()" : "SparkYaml.lenient()";
  }
}
