package city.academy.passport.credentials.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text for the standard 14 fonts (WinAnsi): characters they cannot encode become '?', and text is
 * wrapped or cut with "…" to a width in points.
 */
final class PdfText {
  static final String ELLIPSIS = "\u2026";

  private PdfText() {}

  /**
   * The text in NFC with whitespace and control characters as plain spaces and every character the font
   * cannot encode as '?' (accented Latin letters such as é, ö, ñ stay); empty for {@code null}.
   */
  static String clean(String text, PDFont font) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> out.append(cleanChar(c, font)));
    return out.toString();
  }

  /** The width in points of cleaned text. */
  static float width(String text, PDFont font, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Cleaned text in at most {@code maxLines} lines no wider than {@code width}, broken between words (or
   * inside a word too long for a line); the last line ends in "…" when text was left out.
   */
  static List<String> wrap(String text, PDFont font, float size, float width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : clean(text, font).strip().split(" +")) {
      String joined = line.length() == 0 ? word : line + " " + word;
      if (width(joined, font, size) <= width) {
        line.setLength(0);
        line.append(joined);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
      line.setLength(0);
      line.append(breakLongWord(word, font, size, width, lines));
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return limit(lines, font, size, width, maxLines);
  }

  /** Cleaned text on one line no wider than {@code width}, ending in "…" when cut. */
  static String cut(String text, PDFont font, float size, float width) {
    String clean = clean(text, font);
    return width(clean, font, size) <= width ? clean : withEllipsis(clean, font, size, width);
  }

  private static String cleanChar(int codePoint, PDFont font) {
    if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || codePoint == 0xA0) {
      return " ";
    }
    String text = Character.toString(codePoint);
    try {
      font.encode(text);
      return text;
    } catch (IllegalArgumentException | IOException e) {
      return "?";
    }
  }

  /** Adds the full-width pieces of a word too long for a line to {@code lines}; returns the rest. */
  private static String breakLongWord(String word, PDFont font, float size, float width, List<String> lines) {
    String rest = word;
    while (width(rest, font, size) > width) {
      int end = rest.offsetByCodePoints(0, 1);
      while (end < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(end, 1)), font, size) <= width) {
        end = rest.offsetByCodePoints(end, 1);
      }
      lines.add(rest.substring(0, end));
      rest = rest.substring(end);
    }
    return rest;
  }

  private static List<String> limit(List<String> lines, PDFont font, float size, float width, int maxLines) {
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1) + " ", font, size, width));
    return kept;
  }

  private static String withEllipsis(String text, PDFont font, float size, float width) {
    String kept = text.stripTrailing();
    while (!kept.isEmpty() && width(kept + ELLIPSIS, font, size) > width) {
      kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1)).stripTrailing();
    }
    return kept + ELLIPSIS;
  }
}
