package city.academy.passport.imports.infrastructure;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Tells the physical line a CSV record starts on from the record's character position. The parser
 * reports a record's position before any blank lines it skipped, so this reader notes where every
 * non-blank line starts as the parser reads ahead; the entries behind the current record are
 * dropped, so only the lines read ahead are held.
 */
final class LineTrackingReader extends FilterReader {
  /** {character offset, line number} of each non-blank line start not yet asked about. */
  private final ArrayDeque<long[]> lineStarts = new ArrayDeque<>();
  private long offset;
  private long line = 1;
  private boolean atLineStart = true;
  private boolean afterCarriageReturn;

  LineTrackingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      track((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int from, int length) throws IOException {
    int read = super.read(buffer, from, length);
    for (int i = 0; i < read; i++) {
      track(buffer[from + i]);
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** The line of the first non-blank line starting at or after this character position. */
  long lineAt(long position) {
    while (!lineStarts.isEmpty() && lineStarts.peekFirst()[0] < position) {
      lineStarts.pollFirst();
    }
    long[] start = lineStarts.pollFirst();
    return start == null ? line : start[1];
  }

  private void track(char c) {
    if (afterCarriageReturn && c == '\n') {
      afterCarriageReturn = false;
      offset++;
      return;
    }
    afterCarriageReturn = false;
    boolean lineBreak = c == '\n' || c == '\r';
    if (atLineStart && !lineBreak) {
      lineStarts.addLast(new long[] {offset, line});
    }
    atLineStart = lineBreak;
    if (lineBreak) {
      line++;
      afterCarriageReturn = c == '\r';
    }
    offset++;
  }
}
