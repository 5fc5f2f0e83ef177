package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Keeps the comments of a manifest through formatting: reads the comments of the text a person wrote with
 * the key paths they belong to, and writes them into the canonical text at the same key paths. The canonical
 * text itself is left as the writer made it; only comment lines and end-of-line comments are added.
 *
 * <p>Where a comment belongs (SnakeYAML's parser reports the comments, {@code processComments}):
 * <ul>
 *   <li>an end-of-line comment belongs to the last key, value or list item before it on its line
 *       ({@code spec: # the spec}, {@code - name: x # c});
 *   <li>a full-line comment before the first key of a document is the document's header;
 *   <li>a full-line comment indented no deeper than the next key or list item belongs before it;
 *   <li>a full-line comment indented deeper than the next line closes the mapping or list it is indented
 *       into, and is written at its end.
 * </ul>
 * Blank lines are layout and are not kept. A comment whose key the canonical text does not hold (a field
 * dropped, a null read as absent) cannot be placed: {@link #reattach} refuses with a {@link
 * CommentPlacementException} at the comment's position, and writes nothing.
 */
final class CommentLayer {
  private CommentLayer() {}

  /** Where in a document a comment goes. */
  enum Slot { HEADER, BEFORE, INLINE, END }

  /** One comment: its slot, the path it is attached to, its text (after {@code #}) and where it was. */
  record Comment(Slot slot, FieldPath path, String text, int line, int column) {}

  /** A key or list item: its path, line and column (of the key, or of the item's {@code -}), 0-based. */
  record Entry(FieldPath path, int line, int column) {}

  /** What the event walk learns of one document. */
  static final class Document {
    final int startLine;
    final List<Entry> entries = new ArrayList<>();
    final Map<FieldPath, Entry> byPath = new HashMap<>();
    final Map<FieldPath, Integer> endLine = new HashMap<>();
    final Map<FieldPath, String> scalars = new HashMap<>();
    final List<Comment> comments = new ArrayList<>();
    int lastLine;

    Document(int startLine) {
      this.startLine = startLine;
      this.lastLine = startLine;
    }

    boolean isEmpty() {
      return entries.isEmpty();
    }

    /** apiVersion, kind, namespace and name: what matches a source document to its canonical one. */
    String identity() {
      return scalars.get(FieldPath.of("apiVersion")) + " " + scalars.get(FieldPath.of("kind")) + " "
          + scalars.get(FieldPath.of("metadata", "namespace")) + " " + scalars.get(FieldPath.of("metadata", "name"));
    }
  }

  /** A comment as {@link #read} first sees it, before its slot is known. */
  private record Raw(boolean inline, FieldPath last, String text, int line, int column) {}

  private static final FieldPath ID_API = FieldPath.of("apiVersion");
  private static final FieldPath ID_KIND = FieldPath.of("kind");
  private static final FieldPath ID_NAME = FieldPath.of("metadata", "name");
  private static final FieldPath ID_NAMESPACE = FieldPath.of("metadata", "namespace");

  /** Returns {@code true} when {@code text} may hold a comment at all: without a {@code #} there is nothing to do. */
  static boolean mayHoldComments(String text) {
    return text.indexOf('#') >= 0;
  }

  /** A collection being walked: its path, whether a mapping, the next index or the key waiting for a value. */
  private static final class Frame {
    final FieldPath path;
    final boolean mapping;
    int index;
    FieldPath key;

    Frame(FieldPath path, boolean mapping) {
      this.path = path;
      this.mapping = mapping;
    }
  }

  /**
   * Reads the documents of {@code text}: entries, spans and comments with their slots.
   *
   * @throws CommentPlacementException if SnakeYAML cannot read the comments of the text
   */
  static List<Document> read(String text, String source) {
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setAllowDuplicateKeys(true);
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setNestingDepthLimit(TreeReader.MAX_DEPTH + 10);
    List<Document> documents = new ArrayList<>();
    List<Raw> pending = new ArrayList<>();
    List<List<Raw>> raws = new ArrayList<>();
    Document document = null;
    List<Frame> stack = new ArrayList<>();
    FieldPath last = null;
    // where the last node started and ended, and whether it was a block scalar (| or >), for telling an
    // inline comment; a block scalar's header comment ("key: |- # note") comes before SnakeYAML emits the
    // scalar, so it is taken as a comment of its own line until that node shows it is its header
    int lastStartLine = -1;
    int lastEndLine = -1;
    boolean lastBlock = false;
    Raw header = null;
    String[] lines = text.split("\n", -1);
    try {
      ParserImpl parser = new ParserImpl(new StreamReader(text), options);
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        if (event instanceof DocumentStartEvent) {
          document = new Document(event.getStartMark().getLine());
          documents.add(document);
          raws.add(new ArrayList<>());
          stack.clear();
          last = null;
          continue;
        }
        if (event instanceof CommentEvent comment) {
          if (comment.getCommentType() == CommentType.BLANK_LINE) {
            continue;
          }
          Mark mark = comment.getStartMark();
          // SnakeYAML marks a comment right after a block scalar's last line IN_LINE too: only one on the
          // line of the block scalar's header is the node's own; after its text, it stands on its own line
          boolean inline = comment.getCommentType() == CommentType.IN_LINE
              && (!lastBlock || mark.getLine() == lastStartLine);
          boolean beforeItsNode = inline && mark.getLine() > lastEndLine;
          Raw raw = new Raw(inline && !beforeItsNode, last, comment.getValue(), mark.getLine(), mark.getColumn());
          header = beforeItsNode && document != null ? raw : null;
          if (document == null) {
            pending.add(raw);
          } else {
            raws.get(raws.size() - 1).add(raw);
          }
          continue;
        }
        if (document == null) {
          continue;
        }
        if (event instanceof CollectionEndEvent) {
          Frame done = stack.remove(stack.size() - 1);
          finish(document, stack, done.path);
          continue;
        }
        boolean node = event instanceof ScalarEvent || event instanceof AliasEvent
            || event instanceof MappingStartEvent || event instanceof SequenceStartEvent;
        if (!node) {
          continue;
        }
        Mark start = event.getStartMark();
        int end = endLine(event);
        document.lastLine = Math.max(document.lastLine, end);
        FieldPath path;
        Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        boolean isKey = false;
        if (top == null) {
          path = FieldPath.root();
        } else if (top.mapping && top.key == null) {
          isKey = true;
          String name = event instanceof ScalarEvent scalar ? scalar.getValue() : "?";
          path = top.path.field(name);
          top.key = path;
          Entry entry = new Entry(path, start.getLine(), start.getColumn());
          document.entries.add(entry);
          document.byPath.putIfAbsent(path, entry);
        } else if (top.mapping) {
          path = top.key;
          top.key = null;
        } else {
          path = top.path.index(top.index++);
          Entry entry = new Entry(path, start.getLine(), dashColumn(lines, start));
          document.entries.add(entry);
          document.byPath.putIfAbsent(path, entry);
        }
        last = path;
        lastStartLine = start.getLine();
        lastEndLine = end;
        if (header != null && header.line() == start.getLine()) {
          List<Raw> mine = raws.get(raws.size() - 1);
          mine.set(mine.lastIndexOf(header), new Raw(true, path, header.text(), header.line(), header.column()));
        }
        header = null;
        lastBlock = event instanceof ScalarEvent scalar && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
            || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
        if (isKey) {
          if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
            stack.add(new Frame(path.field("?"), event instanceof MappingStartEvent)); // a complex key
            top.key = path;
          }
          continue;
        }
        if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
          stack.add(new Frame(path, event instanceof MappingStartEvent));
        } else {
          if (event instanceof ScalarEvent scalar && (path.equals(ID_API) || path.equals(ID_KIND)
              || path.equals(ID_NAME) || path.equals(ID_NAMESPACE))) {
            document.scalars.put(path, scalar.getValue());
          }
          finish(document, stack, path);
        }
      }
    } catch (YAMLException e) {
      SourcePosition where = SourcePosition.of(source, 1, 1);
      String problem = e.getMessage();
      if (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        if (mark != null) {
          where = SourcePosition.of(source, mark.getLine() + 1, mark.getColumn() + 1);
        }
        problem = marked.getProblem();
      }
      throw new CommentPlacementException(where, null, "cannot read the comments of the text (" + ManifestException
          .oneLine(problem) + "), though the manifest itself reads: move the comments near this line to lines"
          + " of their own; the file is left unchanged");
    }
    if (documents.isEmpty()) {
      return documents;
    }
    raws.get(0).addAll(0, pending);
    for (int i = 0; i < documents.size(); i++) {
      for (Raw raw : raws.get(i)) {
        documents.get(i).comments.add(slot(documents.get(i), raw));
      }
    }
    return documents;
  }

  /** Records where the value at {@code path} ends, and so the entry it completes. */
  private static void finish(Document document, List<Frame> stack, FieldPath path) {
    document.endLine.put(path, document.lastLine);
  }

  /** The last line a node event covers; a block scalar ends on the line before its end mark's. */
  private static int endLine(Event event) {
    Mark start = event.getStartMark();
    Mark end = event.getEndMark();
    if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
      return start.getLine();
    }
    int line = end.getLine();
    return end.getColumn() == 0 && line > start.getLine() ? line - 1 : line;
  }

  /** The column of the {@code -} of a list item whose node starts at {@code start}. */
  private static int dashColumn(String[] lines, Mark start) {
    if (start.getLine() < lines.length) {
      String line = lines[start.getLine()];
      for (int i = Math.min(start.getColumn(), line.length()) - 1; i >= 0; i--) {
        char c = line.charAt(i);
        if (c == '-') {
          return i;
        }
        if (c != ' ') {
          break;
        }
      }
    }
    return Math.max(0, start.getColumn() - 2);
  }

  private static Comment slot(Document document, Raw raw) {
    if (raw.inline() && raw.last() != null) {
      return new Comment(Slot.INLINE, raw.last(), raw.text(), raw.line(), raw.column());
    }
    Entry previous = null;
    Entry next = null;
    for (Entry entry : document.entries) {
      if (entry.line() < raw.line()) {
        previous = entry;
      } else if (entry.line() > raw.line()) {
        next = entry;
        break;
      }
    }
    if (previous == null) {
      return new Comment(Slot.HEADER, FieldPath.root(), raw.text(), raw.line(), raw.column());
    }
    if (next != null && raw.column() <= next.column()) {
      return new Comment(Slot.BEFORE, next.path(), raw.text(), raw.line(), raw.column());
    }
    // indented into what came before: the end of the deepest collection whose items stand at or left of it
    for (FieldPath at = previous.path(); at != null && !at.isRoot(); at = at.parent().orElse(null)) {
      Entry entry = document.byPath.get(at);
      if (entry != null && entry.column() <= raw.column()) {
        return new Comment(Slot.END, containerOf(at), raw.text(), raw.line(), raw.column());
      }
    }
    return new Comment(Slot.END, FieldPath.root(), raw.text(), raw.line(), raw.column());
  }

  private static FieldPath containerOf(FieldPath path) {
    return path.parent().orElse(FieldPath.root());
  }

  /**
   * Returns {@code canonical} with the comments of {@code original} written at their key paths.
   *
   * @throws CommentPlacementException (naming {@code source}'s line and column of the comment) when a comment
   *     cannot be placed; nothing is written then
   */
  static String reattach(String original, String canonical, String source) {
    String result = attachOnce(original, canonical, source);
    // A comment at the end of a mapping or list may read, in the canonical layout, as one before the next key
    // (a list's items stand at its key's column): place the comments of the result again until they stay, so
    // that formatting what fmt wrote changes nothing. Every round keeps every comment (verify).
    for (int round = 0; round < 3 && !result.equals(canonical); round++) {
      String again;
      try {
        again = attachOnce(result, canonical, source);
      } catch (CommentPlacementException e) {
        return result;
      }
      if (again.equals(result)) {
        return result;
      }
      result = again;
    }
    return result;
  }

  private static String attachOnce(String original, String canonical, String source) {
    if (!mayHoldComments(original)) {
      return canonical;
    }
    List<Document> from = read(original, source);
    if (from.stream().allMatch(d -> d.comments.isEmpty())) {
      return canonical;
    }
    List<Document> to = read(canonical, "<canonical>");
    String[] lines = canonical.split("\n", -1);
    List<List<String>> before = new ArrayList<>();
    List<List<String>> after = new ArrayList<>();
    List<String> suffix = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      before.add(new ArrayList<>());
      after.add(new ArrayList<>());
      suffix.add("");
    }
    List<Document> targets = match(from, to, source);
    for (int i = 0; i < from.size(); i++) {
      Document target = targets.get(i);
      for (Comment comment : from.get(i).comments) {
        place(comment, target, lines, before, after, suffix, source);
      }
    }
    StringBuilder out = new StringBuilder(canonical.length() + original.length() / 4);
    for (int i = 0; i < lines.length; i++) {
      if (i == lines.length - 1 && lines[i].isEmpty() && before.get(i).isEmpty()) {
        break; // the final newline's empty remainder
      }
      before.get(i).forEach(line -> out.append(line).append('\n'));
      out.append(lines[i]).append(suffix.get(i));
      if (i < lines.length - 1) {
        out.append('\n');
      }
      after.get(i).forEach(line -> out.append(line).append('\n'));
    }
    String result = out.toString();
    verify(from, result, source);
    return result;
  }

  /**
   * The canonical document of each source document: the one with the same apiVersion, kind, namespace and
   * name, else the next unused one in order. An empty source document (comments only) takes the next
   * non-empty one's.
   */
  private static List<Document> match(List<Document> from, List<Document> to, String source) {
    List<Document> targets = new ArrayList<>();
    boolean[] used = new boolean[to.size()];
    int cursor = 0;
    for (Document document : from) {
      Document target = null;
      if (!document.isEmpty()) {
        for (int j = 0; j < to.size(); j++) {
          if (!used[j] && to.get(j).identity().equals(document.identity())) {
            target = to.get(j);
            used[j] = true;
            cursor = j + 1;
            break;
          }
        }
        while (target == null && cursor < to.size()) {
          if (!used[cursor]) {
            target = to.get(cursor);
            used[cursor] = true;
          }
          cursor++;
        }
      }
      targets.add(target);
    }
    // comments of empty documents go to the header of the next document that has one, else the end of the last
    for (int i = 0; i < from.size(); i++) {
      if (targets.get(i) == null && !from.get(i).comments.isEmpty()) {
        Document next = null;
        for (int j = i + 1; j < from.size() && next == null; j++) {
          next = targets.get(j);
        }
        List<Comment> moved = new ArrayList<>();
        Document previous = null;
        for (int j = i - 1; j >= 0 && previous == null; j--) {
          previous = targets.get(j);
        }
        for (Comment c : from.get(i).comments) {
          moved.add(new Comment(next != null ? Slot.HEADER : Slot.END, FieldPath.root(), c.text(), c.line(), c.column()));
        }
        Document target = next != null ? next : previous;
        if (target == null) {
          Comment first = from.get(i).comments.get(0);
          throw refusal(first, source, "the manifest holds no document to keep it with");
        }
        from.get(i).comments.clear();
        from.get(i).comments.addAll(moved);
        targets.set(i, target);
      }
    }
    return targets;
  }

  private static void place(Comment comment, Document target, String[] lines, List<List<String>> before,
      List<List<String>> after, List<String> suffix, String source) {
    if (target == null) {
      throw refusal(comment, source, "its document is not in the formatted manifest");
    }
    comment = mergeKeyComment(comment, target);
    String text = "#" + comment.text();
    switch (comment.slot()) {
      case HEADER -> {
        int line = target.entries.isEmpty() ? target.startLine : target.entries.get(0).line();
        before.get(line).add(text);
      }
      case BEFORE -> {
        Entry entry = target.byPath.get(comment.path());
        if (entry == null) {
          throw missing(comment, source);
        }
        before.get(entry.line()).add(" ".repeat(entry.column()) + text);
      }
      case INLINE -> {
        Entry entry = comment.path().isRoot() && !target.entries.isEmpty() ? target.entries.get(0)
            : target.byPath.get(comment.path());
        if (entry == null) {
          throw missing(comment, source);
        }
        if (!suffix.get(entry.line()).isEmpty()) {
          after.get(entry.line()).add(" ".repeat(entry.column()) + text); // a second one goes below
        } else {
          suffix.set(entry.line(), " " + text);
        }
      }
      case END -> {
        int line;
        int column;
        if (comment.path().isRoot()) {
          line = target.lastLine;
          column = 0;
        } else {
          Entry container = target.byPath.get(comment.path());
          Integer end = target.endLine.get(comment.path());
          if (container == null || end == null) {
            throw missing(comment, source);
          }
          line = end;
          column = childColumn(target, comment.path(), container);
        }
        after.get(Math.min(line, lines.length - 1)).add(" ".repeat(column) + text);
      }
      default -> throw new IllegalStateException(comment.slot().toString());
    }
  }

  /**
   * A comment of a {@code <<} merge key, which the canonical text does not hold (it writes the merged keys):
   * an end-of-line one goes to the mapping's own line, one above it before the mapping's first key.
   */
  private static Comment mergeKeyComment(Comment comment, Document target) {
    FieldPath path = comment.path();
    FieldPath parent = path.parent().orElse(null);
    if (parent == null || target.byPath.containsKey(path) || !path.equals(parent.field("<<"))) {
      return comment;
    }
    if (comment.slot() == Slot.INLINE) {
      return new Comment(Slot.INLINE, parent, comment.text(), comment.line(), comment.column());
    }
    if (comment.slot() == Slot.BEFORE) {
      for (Entry entry : target.entries) {
        if (entry.path().parent().map(parent::equals).orElse(false)) {
          return new Comment(Slot.BEFORE, entry.path(), comment.text(), comment.line(), comment.column());
        }
      }
    }
    return comment;
  }

  /** The column of the first key or item under {@code path}, else two right of its own. */
  private static int childColumn(Document document, FieldPath path, Entry container) {
    for (Entry entry : document.entries) {
      if (entry.path().parent().map(path::equals).orElse(false)) {
        return entry.column();
      }
    }
    return container.column() + 2;
  }

  /** Checks that every comment of the source is in {@code result}, in order; refuses at the first that is not. */
  private static void verify(List<Document> from, String result, String source) {
    List<String> written = new ArrayList<>();
    for (Document document : read(result, "<formatted>")) {
      document.comments.forEach(c -> written.add(c.text().strip()));
    }
    Map<String, Integer> counts = new HashMap<>();
    written.forEach(t -> counts.merge(t, 1, Integer::sum));
    for (Document document : from) {
      for (Comment comment : document.comments) {
        Integer left = counts.get(comment.text().strip());
        if (left == null || left == 0) {
          throw refusal(comment, source, "it could not be written back where it reads the same");
        }
        counts.put(comment.text().strip(), left - 1);
      }
    }
  }

  private static CommentPlacementException missing(Comment comment, String source) {
    return refusal(comment, source, "it belongs to " + comment.path() + ", which the formatted manifest does not"
        + " hold (a key with no value, which the API server drops, or a field the SDK does not keep);"
        + " give the key a value or move the comment next to another key");
  }

  private static CommentPlacementException refusal(Comment comment, String source, String why) {
    String shown = comment.text().stripTrailing();
    if (shown.length() > 60) {
      shown = shown.substring(0, 57) + "...";
    }
    return new CommentPlacementException(SourcePosition.of(source, comment.line() + 1, comment.column() + 1),
        comment.path(), "the comment '#" + Objects.requireNonNull(shown) + "' cannot be kept: " + why
        + "; the file is left unchanged");
  }
}
