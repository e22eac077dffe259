package city.academy.passport.credentials.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** A QR code (ZXing, error correction M, four-module quiet zone) as a black and white image. */
final class QrCodeImage {
  /** The quiet zone, in modules, on each side: the four the QR specification asks for. */
  static final int QUIET_ZONE = 4;
  private static final int PIXELS_PER_MODULE = 8;

  private QrCodeImage() {}

  /** The code for exactly {@code contents}, {@value #PIXELS_PER_MODULE} pixels a module, quiet zone included. */
  static BufferedImage of(String contents) {
    BitMatrix matrix = encode(contents);
    int side = matrix.getWidth() * PIXELS_PER_MODULE;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        boolean dark = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
        image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    return image;
  }

  /** One bit a module, quiet zone included (width and height 0 ask ZXing for its smallest size). */
  private static BitMatrix encode(String contents) {
    try {
      return new QRCodeWriter().encode(contents, BarcodeFormat.QR_CODE, 0, 0, hints(contents));
    } catch (WriterException e) {
      throw new IllegalArgumentException("The address cannot be made into a QR code: " + e.getMessage(), e);
    }
  }

  private static Map<EncodeHintType, Object> hints(String contents) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(contents)) {
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    return hints;
  }
}
