package dev.sparkapp.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Turns YAML (or JSON, which is YAML) text into one {@link ParsedDocument} per non-empty document,
 * recording where every key and value stands. Anchors, aliases and {@code <<} merge keys are expanded as
 * kubectl reads them, within the limits of {@link AliasExpansion}. It refuses, with a {@link
 * ManifestException}, what the SDK will not guess about: bytes that are not UTF-8, duplicate keys, aliases
 * that expand too far, input nested deeper than {@link #MAX_DEPTH} or larger than the size limit.
 */
final class TreeReader {
  /** Deepest nesting accepted; real manifests stay under 30 levels. */
  static final int MAX_DEPTH = 100;

  private final YAMLFactory factory;
  private final long maxChars;

  TreeReader(long maxChars) {
    this.maxChars = maxChars;
    LoaderOptions loader = new LoaderOptions();
    loader.setNestingDepthLimit(MAX_DEPTH + 10);
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxChars + 1));
    this.factory = new KeyStyleFactory(YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 10)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxChars + 1))
            .build()));
  }

  /** A factory whose parsers tell whether a key was written plain, as a {@code <<} merge key must be. */
  private static final class KeyStyleFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    KeyStyleFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
      return new KeyStyleParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }

  /** A parser that tells whether the current token came from a plain scalar (no quotes, no block style). */
  private static final class KeyStyleParser extends YAMLParser {
    KeyStyleParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions loader, ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, yamlFeatures, loader, codec, reader);
    }

    boolean currentIsPlainScalar() {
      return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
    }

    /**
     * Where the current token starts, as {@link #currentTokenLocation()} gives it (1-based line and column), read
     * from the event's mark without building a {@link JsonLocation}: the reader asks twice per key.
     */
    SourcePosition currentPosition(String source) {
      Mark mark = _lastEvent == null ? null : _lastEvent.getStartMark();
      if (mark == null) {
        return position(currentTokenLocation(), source);
      }
      return SourcePosition.of(source, Math.max(1, mark.getLine() + 1), Math.max(1, mark.getColumn() + 1));
    }

    /** The anchor ({@code &name}) of the current value, or {@code null}; Jackson keeps none for scalars. */
    String currentValueAnchor() {
      return _lastEvent instanceof ScalarEvent || _lastEvent instanceof CollectionStartEvent
          ? ((NodeEvent) _lastEvent).getAnchor() : null;
    }
  }

  /** Decodes strict UTF-8 (a leading byte-order mark is dropped); bad bytes name their line and column. */
  String decode(byte[] bytes, String source) {
    if (bytes.length > maxChars * 4) {
      throw tooLarge(source);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new YamlSyntaxException(positionOfByte(bytes, offset, source), null,
          String.format("the input is not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
              bytes[offset] & 0xFF, offset));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static SourcePosition positionOfByte(byte[] bytes, int offset, String source) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return SourcePosition.of(source, line, column);
  }

  /** The error for input over the size limit. */
  YamlSyntaxException tooLarge(String source) {
    return new YamlSyntaxException(SourcePosition.of(source, 1, 1), null,
        "the input is larger than the limit of " + maxChars + " characters; split it into several files");
  }

  /** Parses every document of {@code text}; empty documents are skipped. */
  List<ParsedDocument> read(String text, String source) {
    List<ParsedDocument> documents = new ArrayList<>();
    read(text, source, documents::add);
    return documents;
  }

  /**
   * Parses the documents of {@code text} one at a time, handing each non-empty one to {@code each} before
   * the next is parsed, so that only one document's tree is held at a time.
   */
  void read(String text, String source, Consumer<ParsedDocument> each) {
    if (text.length() > maxChars) {
      throw tooLarge(source);
    }
    try (YAMLParser parser = factory.createParser(new StringReader(text))) {
      ParsedDocument document;
      while ((document = next(parser, source)) != null) {
        each.accept(document); // what the consumer throws is its own, not a syntax error
      }
    } catch (IOException e) {
      throw syntaxError(e, source);
    }
  }

  /** Parses the next non-empty document, or returns {@code null} at the end of the input. */
  private ParsedDocument next(YAMLParser parser, String source) {
    try {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        DocumentReader document = new DocumentReader((KeyStyleParser) parser, source);
        SourcePosition start = position(parser.currentTokenLocation(), source);
        JsonNode tree = document.readValue(token, FieldPath.root(), 0);
        boolean empty = tree.isNull() || (tree.isTextual() && tree.asText().isEmpty());
        if (!empty) {
          document.positions.putIfAbsent(FieldPath.root(), start);
          return new ParsedDocument(tree, document.positions, document.valuePositions, start, document.nulls);
        }
      }
      return null;
    } catch (ManifestException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw syntaxError(e, source);
    }
  }

  /**
   * Reads one document into a tree, recording positions and expanding anchors, aliases and {@code <<} merge
   * keys as kubectl (go-yaml) and SnakeYAML do. A copied node's descendants keep the positions where they
   * are written (under the anchor); the copy itself stands at its alias.
   */
  private static final class DocumentReader {
    private static final String MERGE_KEY = "<<";

    private final KeyStyleParser parser;
    private final String source;
    private final Map<FieldPath, SourcePosition> positions = new HashMap<>();
    /** Where the value of a mapping's key starts, for errors about the value rather than the field. */
    private final Map<FieldPath, SourcePosition> valuePositions = new HashMap<>();
    private boolean nulls;
    private final AliasExpansion expansion = new AliasExpansion();

    DocumentReader(KeyStyleParser parser, String source) {
      this.parser = parser;
      this.source = source;
    }

    private SourcePosition here() {
      return parser.currentPosition(source);
    }

    JsonNode readValue(JsonToken token, FieldPath path, int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        throw new YamlSyntaxException(here(), path, "the input is nested deeper than " + MAX_DEPTH + " levels");
      }
      String anchor = parser.currentValueAnchor();
      JsonNode value = readNode(token, path, depth);
      if (anchor != null) {
        expansion.define(anchor, value, path);
      }
      return value;
    }

    private JsonNode readNode(JsonToken token, FieldPath path, int depth) throws IOException {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      expansion.written(1);
      switch (token) {
        case START_OBJECT:
          return readMapping(path, depth);
        case START_ARRAY: {
          ArrayNode array = nodes.arrayNode();
          JsonToken next;
          int index = 0;
          while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
            FieldPath child = path.index(index++);
            positions.put(child, here());
            array.add(readValue(next, child, depth + 1));
          }
          expectEnd(next, JsonToken.END_ARRAY, parser, source);
          return array;
        }
        case VALUE_STRING:
          expansion.written(parser.getTextLength());
          if (parser.isCurrentAlias()) {
            return copy(expansion.expand(parser.getText(), here(), path, depth), path);
          }
          if (parser.getTextLength() == 0 && parser.currentIsPlainScalar()) {
            // 'cores:' with nothing after it: YAML's null (1.1 and 1.2 core schema), not the string ''
            nulls = true;
            return nodes.nullNode();
          }
          return nodes.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          switch (parser.getNumberType()) {
            case INT:
              return nodes.numberNode(parser.getIntValue());
            case LONG:
              return nodes.numberNode(parser.getLongValue());
            default:
              return nodes.numberNode(parser.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          return nodes.numberNode(parser.getDecimalValue());
        case VALUE_TRUE:
          return nodes.booleanNode(true);
        case VALUE_FALSE:
          return nodes.booleanNode(false);
        case VALUE_NULL:
          nulls = true;
          return nodes.nullNode();
        default:
          throw new YamlSyntaxException(here(), path, "unexpected " + token + " in YAML input");
      }
    }

    /**
     * Reads a mapping. A plain {@code <<} key merges the mapping (or each mapping of the list) it names:
     * its keys are added unless the mapping has them explicitly, wherever they stand, and among several
     * merged mappings the earlier wins (YAML 1.1 merge key type, as go-yaml and SnakeYAML read it). An
     * explicit key that repeats a merged one overrides it; one that repeats an explicit key is a duplicate.
     */
    private ObjectNode readMapping(FieldPath path, int depth) throws IOException {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      Set<String> merged = null; // the keys a '<<' merge key added; made when a mapping has one (rare)
      SourcePosition mergeKey = null;
      JsonToken next;
      while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        FieldPath child = path.field(key);
        SourcePosition keyPosition = here();
        expansion.written(key.length());
        if (key.equals(MERGE_KEY) && parser.currentIsPlainScalar()) {
          if (mergeKey != null) {
            throw duplicate(keyPosition, child, key, mergeKey.line(), "; merge several mappings with one key: '<<: [*a, *b]'");
          }
          mergeKey = keyPosition;
          merged = new HashSet<>();
          merge(object, merged, path, depth);
          continue;
        }
        if (object.has(key) && (merged == null || !merged.remove(key))) {
          throw duplicate(keyPosition, child, key, positions.get(child).line(),
              "; YAML readers disagree on which value wins: keep one");
        }
        positions.put(child, keyPosition);
        JsonToken value = parser.nextToken();
        if (value != null) {
          valuePositions.put(child, here());
        }
        object.set(key, readValue(value, child, depth + 1));
      }
      expectEnd(next, JsonToken.END_OBJECT, parser, source);
      return object;
    }

    private static DuplicateKeyException duplicate(SourcePosition at, FieldPath path, String key, int firstLine,
        String advice) {
      return new DuplicateKeyException(at, path, "duplicate key '" + key + "' (first at line " + firstLine + ")"
          + advice);
    }

    /**
     * Merges the value of a {@code <<} key, the parser standing on the key, into {@code object}: a mapping
     * (written out or an alias) or a list of them, the earlier winning.
     */
    private void merge(ObjectNode object, Set<String> merged, FieldPath path, int depth) throws IOException {
      FieldPath at = path.field(MERGE_KEY);
      JsonToken token = parser.nextToken();
      SourcePosition where = here();
      positions.put(at, where);
      JsonNode value = readValue(token, at, depth + 1);
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          mergeMapping(value.get(i), at.index(i), where, object, merged, path);
        }
      } else {
        mergeMapping(value, at, where, object, merged, path);
      }
    }

    /** Adds the keys of {@code mapping} (read at {@code origin}) that {@code object} does not have yet. */
    private void mergeMapping(JsonNode mapping, FieldPath origin, SourcePosition where, ObjectNode object,
        Set<String> merged, FieldPath path) {
      if (!mapping.isObject()) {
        throw new YamlSyntaxException(where, origin, "a '<<' merge key takes a mapping, an alias of one or a list"
            + " of them, not a " + (mapping.isArray() ? "list" : "scalar"));
      }
      for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
        String key = entry.getKey();
        if (!object.has(key)) {
          FieldPath from = origin.field(key);
          FieldPath to = path.field(key);
          positions.put(to, positions.getOrDefault(from, where));
          object.set(key, entry.getValue().deepCopy());
          copyPositions(entry.getValue(), from, to);
          merged.add(key);
        }
      }
    }

    /** A copy of {@code anchor}'s node standing at {@code path}, its descendants keeping their positions. */
    private JsonNode copy(AliasExpansion.Anchor anchor, FieldPath path) {
      copyPositions(anchor.node, anchor.origin, path);
      return anchor.node.deepCopy();
    }

    private void copyPositions(JsonNode node, FieldPath from, FieldPath to) {
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          copyPosition(entry.getValue(), from.field(entry.getKey()), to.field(entry.getKey()));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          copyPosition(node.get(i), from.index(i), to.index(i));
        }
      }
    }

    private void copyPosition(JsonNode node, FieldPath from, FieldPath to) {
      SourcePosition position = positions.get(from);
      if (position != null) {
        positions.put(to, position);
      }
      copyPositions(node, from, to);
    }
  }

  private static void expectEnd(JsonToken actual, JsonToken expected, JsonParser parser, String source) {
    if (actual != expected) {
      throw new YamlSyntaxException(position(parser.currentTokenLocation(), source), null,
          "the input ends in the middle of a " + (expected == JsonToken.END_OBJECT ? "mapping" : "list"));
    }
  }

  static SourcePosition position(JsonLocation location, String source) {
    int line = location == null ? 1 : Math.max(1, location.getLineNr());
    int column = location == null ? 1 : Math.max(1, location.getColumnNr());
    return SourcePosition.of(source, line, column);
  }

  private YamlSyntaxException syntaxError(Exception e, String source) {
    SourcePosition where = SourcePosition.of(source, 1, 1);
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof com.fasterxml.jackson.core.JacksonException jackson) {
      where = position(jackson.getLocation(), source);
      reason = jackson.getOriginalMessage();
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
      org.yaml.snakeyaml.error.Mark mark = marked.getProblemMark() != null
          ? marked.getProblemMark() : marked.getContextMark();
      if (mark != null) {
        where = SourcePosition.of(source, mark.getLine() + 1, mark.getColumn() + 1);
      }
      reason = (marked.getContext() == null ? "" : marked.getContext() + ", ")
          + (marked.getProblem() == null ? "" : marked.getProblem());
    } else if (cause instanceof org.yaml.snakeyaml.error.YAMLException yaml && cause != e) {
      reason = yaml.getMessage();
    }
    return new YamlSyntaxException(where, null, "invalid YAML: " + ManifestException.oneLine(reason));
  }
}
