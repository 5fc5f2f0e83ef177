package dev.sparkapp.yaml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The canonical form of a manifest file, as {@code sparkapp fmt}, {@code sparkapp probes add} and the Maven
 * plugin's {@code check-format} write it: a {@code .json} file as canonical JSON ({@link SparkYaml#toJson}),
 * anything else as canonical YAML ({@link SparkYaml#toYaml(List)}) that keeps the comments of the text it came
 * from, full-line and end-of-line, with the keys they belong to.
 *
 * <pre>{@code
 * String formatted = ManifestFormat.format(SparkYaml.strict(), text, "app.yaml");
 * boolean clean = formatted.equals(text);
 * }</pre>
 *
 * <p>A comment that cannot be kept (its key is not written: a key with no value, which the API server drops)
 * is a {@link CommentPlacementException} at the comment's {@code line:column}: nothing is written rather than
 * a comment lost. Writing models without a source ({@link SparkYaml#toYaml(Object)}) does not pass here.
 */
public final class ManifestFormat {
  private static final TreeReader TEXT = new TreeReader(SparkYaml.DEFAULT_MAX_CHARS);

  private ManifestFormat() {}

  /**
   * Reads the text of the manifest file at {@code path} as {@link SparkYaml#read(Path)} does (UTF-8, a
   * leading byte-order mark dropped, at most {@value SparkYaml#DEFAULT_MAX_CHARS} characters), for {@link
   * #format} and {@link #write}, which need the text a person wrote.
   *
   * @throws UnreadableSourceException if the file cannot be read
   * @throws YamlSyntaxException if it is not UTF-8 or too large
   */
  public static String readText(Path path) {
    String source = path.toString();
    try {
      if (Files.size(path) > SparkYaml.DEFAULT_MAX_CHARS * 4) {
        throw TEXT.tooLarge(source);
      }
      return TEXT.decode(Files.readAllBytes(path), source);
    } catch (NoSuchFileException e) {
      throw new UnreadableSourceException(source + ": no such file", e);
    } catch (IOException e) {
      throw new UnreadableSourceException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads all of {@code in} as {@link #readText(Path)} reads a file; the stream is not closed. */
  public static String readText(InputStream in, String sourceName) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      int n;
      while ((n = in.read(buffer)) != -1) {
        bytes.write(buffer, 0, n);
        if (bytes.size() > SparkYaml.DEFAULT_MAX_CHARS * 4) {
          throw TEXT.tooLarge(sourceName);
        }
      }
      return TEXT.decode(bytes.toByteArray(), sourceName);
    } catch (IOException e) {
      throw new UnreadableSourceException(sourceName + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Returns {@code true} when {@code sourceName} names a JSON file ({@code .json}, any case). */
  public static boolean isJson(String sourceName) {
    return sourceName.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Reads {@code text} with {@code yaml} and returns it in canonical form (JSON for a {@code .json} {@code
   * sourceName}), its comments kept.
   *
   * @throws ManifestException if the text is not a valid manifest, or a comment cannot be kept
   */
  public static String format(SparkYaml yaml, String text, String sourceName) {
    Objects.requireNonNull(yaml, "yaml");
    return write(yaml, yaml.read(text, sourceName).resources(), text, sourceName);
  }

  /**
   * Returns {@code resources} (read from {@code original}, then changed, as {@code probes add} does) in
   * canonical form for {@code sourceName}, with the comments of {@code original} kept at their keys.
   *
   * @throws CommentPlacementException if a comment of {@code original} cannot be kept
   */
  public static String write(SparkYaml yaml, List<?> resources, String original, String sourceName) {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(sourceName, "sourceName");
    if (isJson(sourceName)) {
      return resources.size() == 1 ? yaml.toJson(resources.get(0)) : yaml.toJson(resources);
    }
    return CommentLayer.reattach(original, yaml.toYaml(resources), sourceName);
  }
}
