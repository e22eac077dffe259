package city.academy.passport.imports.infrastructure;

import city.academy.passport.imports.domain.ImportFileRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether a file is text at all, and in which encoding: UTF-8 (with or without a byte order mark)
 * when every byte decodes strictly as UTF-8, otherwise Windows-1252. Streams the bytes once.
 */
final class TextCheck {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The encoding to read the file with. */
  record Encoding(Charset charset, boolean byteOrderMark) {}

  private TextCheck() {}

  static Encoding of(Path file) {
    try {
      byte[] start = start(file);
      if (start.length == 0 || Arrays.equals(start, BOM)) {
        throw refused("The file is empty. Export the training records again and send the CSV file.");
      }
      refuseKnownBinary(start);
      boolean bom = start.length >= 3 && Arrays.equals(Arrays.copyOf(start, 3), BOM);
      return new Encoding(isUtf8WithoutNul(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, bom);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static byte[] start(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    }
  }

  private static void refuseKnownBinary(byte[] start) {
    if (startsWith(start, 'P', 'K', 3, 4)) {
      throw refused("This looks like a spreadsheet (.xlsx), not a CSV file; save it as CSV "
          + "(in Excel: File, Save As, 'CSV UTF-8 (Comma delimited)') and send that file.");
    }
    if (startsWith(start, '%', 'P', 'D', 'F')) {
      throw refused("This is a PDF document, not a CSV file; export the training records from the system as CSV.");
    }
    if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw refused("This looks like an old Excel workbook (.xls), not a CSV file; save it as CSV "
          + "(in Excel: File, Save As, 'CSV UTF-8 (Comma delimited)') and send that file.");
    }
    if (startsWith(start, 0xFF, 0xFE) || startsWith(start, 0xFE, 0xFF)) {
      throw refused("This file was saved as 'Unicode text' (UTF-16), which cannot be read; save it as "
          + "'CSV UTF-8 (Comma delimited)' and send that file.");
    }
  }

  /** Streams the file through a strict UTF-8 decoder; refuses the file at the first NUL byte. */
  private static boolean isUtf8WithoutNul(Path file) throws IOException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    boolean valid = true;
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
        refuseNul(bytes.array(), bytes.position(), read);
        bytes.position(bytes.position() + read);
        bytes.flip();
        valid = valid && decode(utf8, bytes, chars, false);
        if (!valid) {
          bytes.clear();
        } else {
          bytes.compact();
        }
      }
      bytes.flip();
      return valid && decode(utf8, bytes, chars, true) && !utf8.flush(chars.clear()).isError();
    }
  }

  private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
    while (true) {
      chars.clear();
      CoderResult result = decoder.decode(bytes, chars, end);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return true;
      }
    }
  }

  private static void refuseNul(byte[] bytes, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (bytes[i] == 0) {
        throw refused("This file is not text (it contains NUL bytes), so it is not a CSV file. "
            + "If it was saved as 'Unicode text', save it as 'CSV UTF-8 (Comma delimited)' instead.");
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  static ImportFileRefusedException refused(String message) {
    return new ImportFileRefusedException(message);
  }
}
