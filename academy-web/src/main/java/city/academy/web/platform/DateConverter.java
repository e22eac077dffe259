package city.academy.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Writes a {@link LocalDate} (or an instant, or a moment with an offset) as "22 Nov 2026" ({@link DisplayDates}); {@code <a:date>} uses it. */
@FacesConverter(DateConverter.ID)
public class DateConverter implements Converter<Object> {
  public static final String ID = "academy.date";

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DisplayDates.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Enter a date like 22 Nov 2026.", null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    if (value instanceof LocalDate date) {
      return DisplayDates.format(date);
    }
    if (value instanceof Instant instant) {
      return DisplayDates.format(instant);
    }
    if (value instanceof OffsetDateTime moment) {
      return DisplayDates.format(moment);
    }
    return value == null ? "" : value.toString();
  }
}
