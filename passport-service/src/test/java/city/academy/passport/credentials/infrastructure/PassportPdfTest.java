package city.academy.passport.credentials.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.offset;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The paper passport: read back with PDFBox, its QR code decoded with ZXing. */
class PassportPdfTest {
  static final String VERIFY_URL = "https://academy.example.gov.uk/verify/c/0f6f9f2e-6c1b-4d7e-9b8a-2f1e3d4c5b6a";
  static final float MM = 72f / 25.4f;

  @Test
  void aFewLinesFitOnOnePageWithEverythingReadable() throws Exception {
    byte[] pdf = PassportPdf.write(content("Amira Okafor", lines(3)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle a4 = document.getPage(0).getMediaBox();
      assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(0.1f));
      assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(0.1f));
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Staff training passport", "Northbridge City Council", "Amira Okafor", "OWA-7K2M9QXD")
          .contains("Issued", "22 Nov 2026", "Valid until", "22 Nov 2027")
          .contains("Subject 1", "Subject 2", "Subject 3", "Level 2", "3 Mar 2026", "no expiry", "4 Sep 2027")
          .contains("Attested by", "Riverside Care Ltd")
          .contains(VERIFY_URL, "urn:uuid:5d6c0a38-8d64-4a3e-9f2b-1c2d3e4f5a6b")
          .contains("it says whether it is genuine and current", "revoked or expired");
    }
  }

  @Test
  void issuedAtIsTheDateInLondon() throws Exception {
    OffsetDateTime lateEvening = OffsetDateTime.of(2026, 6, 30, 23, 30, 0, 0, ZoneOffset.UTC);
    PassportPdf.Content content = new PassportPdf.Content("Issuer", "Name", "OWA-7K2M9QXD", lateEvening, null,
        "urn:uuid:1", VERIFY_URL, lines(1));

    assertThat(text(PassportPdf.write(content))).contains("1 Jul 2026").doesNotContain("30 Jun 2026");
  }

  @Test
  void theQrCodeOnPageOneDecodesToExactlyTheVerifyUrl() throws Exception {
    byte[] pdf = PassportPdf.write(content("Amira Okafor", lines(3)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDImageXObject> images = images(document.getPage(0));
      assertThat(images).hasSize(1);
      assertThat(decode(images.get(0).getImage()).getText()).isEqualTo(VERIFY_URL);
    }
  }

  @Test
  void theQrCodeIsAtLeastFortyMillimetresWide() throws Exception {
    byte[] pdf = PassportPdf.write(content("Amira Okafor", lines(3)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      float drawn = new ImageSizes(document.getPage(0)).widest();
      PDImageXObject image = images(document.getPage(0)).get(0);
      int modulesWithQuietZone = image.getWidth() / 8;
      float symbol = drawn * (modulesWithQuietZone - 2 * QrCodeImage.QUIET_ZONE) / modulesWithQuietZone;
      assertThat(symbol / MM).isGreaterThanOrEqualTo(40f);
    }
  }

  @Test
  void aVeryLongVerifyUrlStaysScannableAndOnThePage() throws Exception {
    String url = VERIFY_URL + "?token=" + "a1b2c3d4e5".repeat(30);
    PassportPdf.Content content = new PassportPdf.Content("Issuer", "Name", "OWA-7K2M9QXD",
        OffsetDateTime.of(2026, 11, 22, 9, 15, 0, 0, ZoneOffset.UTC), null, "urn:uuid:1", url, lines(2));

    try (PDDocument document = Loader.loadPDF(PassportPdf.write(content))) {
      assertThat(decode(images(document.getPage(0)).get(0).getImage()).getText()).isEqualTo(url);
      PositionsStripper stripper = new PositionsStripper();
      stripper.getText(document);
      assertThat(stripper.rightmost).isLessThanOrEqualTo(PDRectangle.A4.getWidth() - 10 * MM);
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains(url);
    }
  }

  @Test
  void sixtyLinesRunOnToFurtherPagesWithTheHeaderRepeated() throws Exception {
    byte[] pdf = PassportPdf.write(content("Amira Okafor", lines(60)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      String all = new PDFTextStripper().getText(document);
      IntStream.rangeClosed(1, 60).forEach(i -> assertThat(all).contains("Subject " + i + " "));
      for (int page = 1; page <= pages; page++) {
        String text = pageText(document, page);
        assertThat(text).contains("Page " + page + " of " + pages);
        if (page > 1) {
          assertThat(text).contains("(continued)", "Subject", "Level", "Completed", "Expires", "Attested by");
          assertThat(images(document.getPage(page - 1))).isEmpty();
        }
      }
    }
  }

  @Test
  void charactersOutsideWinAnsiAreReplacedButAccentedLettersStay() throws Exception {
    PassportPdf.Content content = content("Zoë Ŵ 李 Núñez-Jørgensen", List.of(
        new PassportPdf.Line("Fire safety 🔥 — Größe", "1", LocalDate.of(2026, 1, 5), null, "Crèche Ωmega")));

    assertThatCode(() -> PassportPdf.write(content)).doesNotThrowAnyException();
    byte[] pdf = PassportPdf.write(content);

    String text = text(pdf);
    assertThat(text).contains("Zoë", "Núñez-Jørgensen", "Fire safety", "Größe", "Crèche").doesNotContain("李", "Ŵ");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).contains("Zoë Ŵ 李");
    }
  }

  @Test
  void longNamesAndSubjectsAreWrappedOrCutInsideThePage() throws Exception {
    String longName = "Bartholomew-Maximilian " + "Featherstonehaugh-Cholmondeley ".repeat(8);
    String longSubject = "Safeguarding ".repeat(40) + "Supercalifragilisticexpialidocious".repeat(6);
    byte[] pdf = PassportPdf.write(content(longName, List.of(
        new PassportPdf.Line(longSubject, "Level 3 with a very long level description indeed", LocalDate.of(2026, 2, 1),
            LocalDate.of(2029, 2, 1), "The Very Long Named Community Interest Company ".repeat(5)))));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PositionsStripper stripper = new PositionsStripper();
      stripper.getText(document);
      float width = PDRectangle.A4.getWidth();
      assertThat(stripper.rightmost).isLessThanOrEqualTo(width - 10 * MM);
      assertThat(stripper.leftmost).isGreaterThanOrEqualTo(10 * MM);
      assertThat(new PDFTextStripper().getText(document)).contains("Bartholomew-Maximilian", PdfText.ELLIPSIS);
    }
  }

  @Test
  void documentInformationNamesThePassportAndIssuer() throws Exception {
    try (PDDocument document = Loader.loadPDF(PassportPdf.write(content("Amira Okafor", lines(1))))) {
      var info = document.getDocumentInformation();
      assertThat(info.getTitle()).contains("Staff training passport", "Amira Okafor", "OWA-7K2M9QXD");
      assertThat(info.getAuthor()).isEqualTo("Northbridge City Council");
      assertThat(info.getCreationDate()).isNotNull();
    }
  }

  @Test
  void noLinesStillWritesAPassport() throws Exception {
    String text = text(PassportPdf.write(content("Amira Okafor", List.of())));

    assertThat(text).contains("Requirements met", "None yet.", VERIFY_URL);
  }

  static PassportPdf.Content content(String name, List<PassportPdf.Line> lines) {
    return new PassportPdf.Content("Northbridge City Council", name, "OWA-7K2M9QXD",
        OffsetDateTime.of(2026, 11, 22, 9, 15, 0, 0, ZoneOffset.UTC),
        OffsetDateTime.of(2027, 11, 22, 9, 15, 0, 0, ZoneOffset.UTC),
        "urn:uuid:5d6c0a38-8d64-4a3e-9f2b-1c2d3e4f5a6b", VERIFY_URL, lines);
  }

  static List<PassportPdf.Line> lines(int count) {
    List<PassportPdf.Line> lines = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      LocalDate expires = i % 2 == 0 ? null : LocalDate.of(2027, 9, 4);
      lines.add(new PassportPdf.Line("Subject " + i + " training", "Level 2", LocalDate.of(2026, 3, 3), expires,
          "Riverside Care Ltd"));
    }
    return lines;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  private static List<PDImageXObject> images(PDPage page) throws IOException {
    List<PDImageXObject> images = new ArrayList<>();
    PDResources resources = page.getResources();
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject image) {
        images.add(image);
      }
    }
    return images;
  }

  private static Result decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
  }

  /** Where text lies horizontally, over all pages. */
  static final class PositionsStripper extends PDFTextStripper {
    float leftmost = Float.MAX_VALUE;
    float rightmost;

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      for (TextPosition position : positions) {
        leftmost = Math.min(leftmost, position.getXDirAdj());
        rightmost = Math.max(rightmost, position.getXDirAdj() + position.getWidthDirAdj());
      }
    }
  }

  /** The sizes, in points, at which images are drawn on a page. */
  static final class ImageSizes extends PDFStreamEngine {
    private final List<Float> widths = new ArrayList<>();

    ImageSizes(PDPage page) throws IOException {
      addOperator(new Concatenate(this));
      addOperator(new Save(this));
      addOperator(new Restore(this));
      addOperator(new SetMatrix(this));
      processPage(page);
    }

    float widest() {
      return widths.stream().max(Float::compare).orElse(0f);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if ("Do".equals(operator.getName()) && getResources().getXObject((COSName) operands.get(0)) instanceof PDImageXObject) {
        widths.add(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX());
      }
      super.processOperator(operator, operands);
    }
  }
}
