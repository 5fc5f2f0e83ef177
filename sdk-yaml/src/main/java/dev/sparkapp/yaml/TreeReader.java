package dev.sparkapp.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Turns YAML (or JSON, which is YAML) text into one {@link ParsedDocument} per non-empty document,
 * recording where every key and value stands. It refuses, with a {@link ManifestException}, what the
 * SDK will not guess about: bytes that are not UTF-8, duplicate keys, aliases (Jackson would yield the
 * alias name as a string), input nested deeper than {@link #MAX_DEPTH} or larger than the size limit.
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
    this.factory = YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 10)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxChars + 1))
            .build())
        .build();
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
    try (YAMLParser parser = factory.createParser(text)) {
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
        Map<FieldPath, SourcePosition> positions = new HashMap<>();
        SourcePosition start = position(parser.currentTokenLocation(), source);
        JsonNode tree = readValue(parser, token, FieldPath.root(), positions, source, 0);
        boolean empty = tree.isNull() || (tree.isTextual() && tree.asText().isEmpty());
        if (!empty) {
          positions.putIfAbsent(FieldPath.root(), start);
          return new ParsedDocument(tree, positions, start);
        }
      }
      return null;
    } catch (ManifestException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw syntaxError(e, source);
    }
  }

  private JsonNode readValue(YAMLParser parser, JsonToken token, FieldPath path,
      Map<FieldPath, SourcePosition> positions, String source, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new YamlSyntaxException(position(parser.currentTokenLocation(), source), path,
          "the input is nested deeper than " + MAX_DEPTH + " levels");
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = nodes.objectNode();
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          FieldPath child = path.field(key);
          SourcePosition keyPosition = position(parser.currentTokenLocation(), source);
          if (object.has(key)) {
            throw new DuplicateKeyException(keyPosition, child,
                "duplicate key '" + key + "' (first at line " + positions.get(child).line()
                    + "); YAML readers disagree on which value wins: keep one");
          }
          positions.put(child, keyPosition);
          object.set(key, readValue(parser, parser.nextToken(), child, positions, source, depth + 1));
        }
        expectEnd(next, JsonToken.END_OBJECT, parser, source);
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = nodes.arrayNode();
        JsonToken next;
        int index = 0;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
          FieldPath child = path.index(index++);
          positions.put(child, position(parser.currentTokenLocation(), source));
          array.add(readValue(parser, next, child, positions, source, depth + 1));
        }
        expectEnd(next, JsonToken.END_ARRAY, parser, source);
        return array;
      }
      case VALUE_STRING:
        if (parser.isCurrentAlias()) {
          throw new YamlSyntaxException(position(parser.currentTokenLocation(), source), path,
              "YAML alias '*" + parser.getText() + "' is not supported (anchors, aliases and '<<' merge"
                  + " keys are not expanded); write the value out in full");
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
        return nodes.nullNode();
      default:
        throw new YamlSyntaxException(position(parser.currentTokenLocation(), source), path,
            "unexpected " + token + " in YAML input");
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
