package city.academy.passport.credentials.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Writes a passport credential as a one- or more-page A4 PDF: the paper copy of the signed credential, with
 * the holder, the requirements met and a QR code for the public verify page. Only the standard 14 fonts are
 * used, so characters outside WinAnsi are printed as '?'; the PDF proves nothing by itself, the verify page
 * does.
 */
public final class PassportPdf {
  static final String TITLE = "Staff training passport";
  static final String NOTE =
      "Check this passport at the address above or by scanning the code: it says whether it is genuine and "
          + "current. A printed copy proves nothing once the credential is revoked or expired.";
  static final String NO_EXPIRY = "no expiry";
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final float MM = 72f / 25.4f;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 18 * MM;
  private static final float TOP = PAGE.getHeight() - MARGIN;
  private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float QR_SIZE = 50 * MM;
  private static final float GAP = 5 * MM;
  private static final float LABEL_WIDTH = 25 * MM;
  private static final float LEADING = 1.3f;
  private static final float TABLE_SIZE = 9;
  private static final float CELL_PAD = 3;
  private static final float[] COLUMNS = {0.33f, 0.15f, 0.13f, 0.13f, 0.26f};
  private static final List<String> HEADERS = List.of("Subject", "Level", "Completed", "Expires", "Attested by");
  private static final float TEXT_GREY = 0.1f;
  private static final float LABEL_GREY = 0.4f;
  private static final float RULE_GREY = 0.75f;
  private static final float HEADER_FILL = 0.9f;

  private static final DateTimeFormatter UK_DATE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.DAY_OF_MONTH)
          .appendLiteral(' ')
          .appendText(ChronoField.MONTH_OF_YEAR, Map.ofEntries(
              Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"), Map.entry(4L, "Apr"),
              Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"), Map.entry(8L, "Aug"),
              Map.entry(9L, "Sep"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec")))
          .appendLiteral(' ')
          .appendValue(ChronoField.YEAR, 4)
          .toFormatter(Locale.UK);

  /**
   * What the PDF shows. Every field is required but {@code validUntil}; the PDF's QR code encodes exactly
   * {@code verifyUrl}.
   */
  public record Content(String issuerName, String personName, String passportId, OffsetDateTime issuedAt,
      OffsetDateTime validUntil, String credentialId, String verifyUrl, List<Line> lines) {
    /** Checks the required fields and copies the lines. */
    public Content {
      Objects.requireNonNull(issuerName, "issuerName");
      Objects.requireNonNull(personName, "personName");
      Objects.requireNonNull(passportId, "passportId");
      Objects.requireNonNull(issuedAt, "issuedAt");
      Objects.requireNonNull(credentialId, "credentialId");
      if (verifyUrl == null || verifyUrl.isBlank()) {
        throw new IllegalArgumentException("verifyUrl: the PDF needs the address of the verify page.");
      }
      lines = List.copyOf(lines);
    }
  }

  /**
   * One requirement met. attestedBy is an organisation's name. Only subjectName and completedOn are
   * required; no expiresOn is printed as "no expiry".
   */
  public record Line(String subjectName, String level, LocalDate completedOn, LocalDate expiresOn, String attestedBy) {
    /** Checks the required fields. */
    public Line {
      Objects.requireNonNull(subjectName, "subjectName");
      Objects.requireNonNull(completedOn, "completedOn");
    }
  }

  private final PDDocument document;
  private final Content content;
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPage page;
  private PDPageContentStream stream;
  private float y;

  private PassportPdf(PDDocument document, Content content) {
    this.document = document;
    this.content = content;
  }

  /** The PDF's bytes. */
  public static byte[] write(Content content) {
    Objects.requireNonNull(content, "content");
    try (PDDocument document = new PDDocument()) {
      new PassportPdf(document, content).render();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The passport PDF could not be written.", e);
    }
  }

  /** "22 Nov 2026". */
  static String ukDate(LocalDate date) {
    return UK_DATE.format(date);
  }

  /** The date in London, "22 Nov 2026". */
  static String ukDate(OffsetDateTime moment) {
    return ukDate(moment.atZoneSameInstant(LONDON).toLocalDate());
  }

  private void render() throws IOException {
    describe();
    try {
      newPage();
      heading();
      identityAndCode();
      checkAddress();
      requirements();
    } finally {
      closeStream();
    }
    footers();
  }

  private void describe() {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(TITLE + ": " + content.personName() + " (" + content.passportId() + ")");
    info.setAuthor(content.issuerName());
    info.setSubject("Credential " + content.credentialId());
    info.setCreator("One Workforce Academy");
    info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(LONDON)));
    document.getDocumentCatalog().setLanguage("en-GB");
  }

  private void heading() throws IOException {
    line(TITLE, bold, 20, MARGIN);
    y -= 4 * MM;
  }

  /** The holder and credential on the left, the QR code on the right; y ends below both. */
  private void identityAndCode() throws IOException {
    float top = y;
    float codeX = PAGE.getWidth() - MARGIN - QR_SIZE;
    PDImageXObject code = LosslessFactory.createFromImage(document, QrCodeImage.of(content.verifyUrl()));
    stream.drawImage(code, codeX, top - QR_SIZE, QR_SIZE, QR_SIZE);
    link(codeX, top - QR_SIZE, QR_SIZE, QR_SIZE);

    float width = CONTENT_WIDTH - QR_SIZE - GAP;
    field("Issued by", content.issuerName(), regular, 11, 2, width);
    field("Name", content.personName(), bold, 14, 2, width);
    field("Passport", content.passportId(), bold, 11, 1, width);
    field("Issued", ukDate(content.issuedAt()), regular, 11, 1, width);
    field("Valid until", content.validUntil() == null ? NO_EXPIRY : ukDate(content.validUntil()), regular, 11, 1, width);
    field("Credential", content.credentialId(), regular, 9, 3, width);
    y = Math.min(y, top - QR_SIZE) - 2 * MM;
  }

  /** A label and its value, wrapped to the value's column. */
  private void field(String label, String value, PDFont font, float size, int maxLines, float width)
      throws IOException {
    List<String> lines = PdfText.wrap(value, font, size, width - LABEL_WIDTH, maxLines);
    y -= size;
    show(label, regular, 9, MARGIN, y, LABEL_GREY);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        y -= size * LEADING;
      }
      show(lines.get(i), font, size, MARGIN + LABEL_WIDTH, y, TEXT_GREY);
    }
    y -= size * (LEADING - 1) + 3;
  }

  /** The verify address under the code (centred under it when it fits, else to the right margin), then the note. */
  private void checkAddress() throws IOException {
    float size = 9;
    while (size > 6 && PdfText.width(PdfText.clean(content.verifyUrl(), regular), regular, size) > CONTENT_WIDTH) {
      size -= 0.5f;
    }
    for (String text : PdfText.wrap(content.verifyUrl(), regular, size, CONTENT_WIDTH, 6)) {
      float width = PdfText.width(text, regular, size);
      float right = PAGE.getWidth() - MARGIN;
      float x = width <= QR_SIZE ? right - QR_SIZE + (QR_SIZE - width) / 2 : right - width;
      y -= size;
      show(text, regular, size, x, y, TEXT_GREY);
      link(x, y - 2, width, size + 2);
      y -= size * (LEADING - 1);
    }
    y -= 3 * MM;
    for (String text : PdfText.wrap(NOTE, regular, 9, CONTENT_WIDTH, 4)) {
      line(text, regular, 9, MARGIN);
    }
    y -= 6 * MM;
  }

  private void requirements() throws IOException {
    float firstRow = 12 * LEADING + 2 * (TABLE_SIZE * LEADING + 2 * CELL_PAD);
    if (y - firstRow < MARGIN) {
      newPage();
      continuedHeading();
    }
    line("Requirements met", bold, 12, MARGIN);
    y -= 2 * MM;
    if (content.lines().isEmpty()) {
      line("None yet.", regular, 10, MARGIN);
      return;
    }
    tableHeader();
    for (Line requirement : content.lines()) {
      row(requirement);
    }
  }

  private void row(Line requirement) throws IOException {
    List<List<String>> cells = List.of(
        cell(requirement.subjectName(), 3, 0),
        cell(requirement.level(), 2, 1),
        cell(ukDate(requirement.completedOn()), 1, 2),
        cell(requirement.expiresOn() == null ? NO_EXPIRY : ukDate(requirement.expiresOn()), 1, 3),
        cell(requirement.attestedBy(), 3, 4));
    float height = rowHeight(cells);
    if (y - height < MARGIN) {
      newPage();
      continuedHeading();
      tableHeader();
    }
    drawRow(cells, regular, height);
    rule(y);
  }

  private List<String> cell(String text, int maxLines, int column) {
    String value = text == null || text.isBlank() ? "-" : text;
    return PdfText.wrap(value, regular, TABLE_SIZE, columnWidth(column) - 2 * CELL_PAD, maxLines);
  }

  private void tableHeader() throws IOException {
    List<List<String>> cells = HEADERS.stream().map(List::of).toList();
    float height = rowHeight(cells);
    stream.setNonStrokingColor(HEADER_FILL);
    stream.addRect(MARGIN, y - height, CONTENT_WIDTH, height);
    stream.fill();
    drawRow(cells, bold, height);
  }

  private void drawRow(List<List<String>> cells, PDFont font, float height) throws IOException {
    float x = MARGIN;
    for (int column = 0; column < cells.size(); column++) {
      float baseline = y - CELL_PAD - TABLE_SIZE;
      for (String text : cells.get(column)) {
        show(text, font, TABLE_SIZE, x + CELL_PAD, baseline, TEXT_GREY);
        baseline -= TABLE_SIZE * LEADING;
      }
      x += columnWidth(column);
    }
    y -= height;
  }

  private static float rowHeight(List<List<String>> cells) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    return lines * TABLE_SIZE * LEADING + 2 * CELL_PAD - TABLE_SIZE * (LEADING - 1);
  }

  private static float columnWidth(int column) {
    return CONTENT_WIDTH * COLUMNS[column];
  }

  private void rule(float at) throws IOException {
    stream.setStrokingColor(RULE_GREY);
    stream.setLineWidth(0.5f);
    stream.moveTo(MARGIN, at);
    stream.lineTo(MARGIN + CONTENT_WIDTH, at);
    stream.stroke();
  }

  private void continuedHeading() throws IOException {
    String text = TITLE + ": " + content.personName() + ", " + content.passportId() + " (continued)";
    line(PdfText.cut(text, bold, 10, CONTENT_WIDTH), bold, 10, MARGIN);
    y -= 4 * MM;
  }

  /** "Passport OWA-7K2M9QXD · Page 1 of 2" at the foot of every page. */
  private void footers() throws IOException {
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      try (PDPageContentStream footer =
          new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        String text = "Passport " + content.passportId() + " \u00b7 Page " + (i + 1) + " of " + pages;
        showOn(footer, PdfText.cut(text, regular, 8, CONTENT_WIDTH), regular, 8, MARGIN, 10 * MM, LABEL_GREY);
      }
    }
  }

  /** One line of text at the left edge {@code x}, moving y down. */
  private void line(String text, PDFont font, float size, float x) throws IOException {
    y -= size;
    show(PdfText.cut(text, font, size, CONTENT_WIDTH - (x - MARGIN)), font, size, x, y, TEXT_GREY);
    y -= size * (LEADING - 1);
  }

  private void show(String text, PDFont font, float size, float x, float baseline, float grey) throws IOException {
    showOn(stream, text, font, size, x, baseline, grey);
  }

  private static void showOn(PDPageContentStream on, String text, PDFont font, float size, float x, float baseline,
      float grey) throws IOException {
    on.beginText();
    on.setNonStrokingColor(grey);
    on.setFont(font, size);
    on.newLineAtOffset(x, baseline);
    on.showText(PdfText.clean(text, font));
    on.endText();
  }

  /** Makes an area of the page open the verify address, for those reading on screen. */
  private void link(float x, float bottom, float width, float height) throws IOException {
    PDActionURI action = new PDActionURI();
    action.setURI(content.verifyUrl());
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(x, bottom, width, height));
    link.setBorderStyle(border);
    link.setAction(action);
    page.getAnnotations().add(link);
  }

  private void newPage() throws IOException {
    closeStream();
    page = new PDPage(PAGE);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = TOP;
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }
}
