package duban.domain.feedback;

import duban.domain.Item;
import duban.domain.Texts;
import duban.domain.Unit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What one exported 反馈表 holds: a lead unit's open items (not closed, not withdrawn) on a date,
 * and the identity of the database they come from, which the returned form carries back.
 */
public record FeedbackForm(Unit unit, LocalDate date, String databaseId, List<Item> items) {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public FeedbackForm {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(databaseId, "databaseId");
        items = List.copyOf(items);
    }

    /**
     * The file's name, 反馈表_<单位>_<yyyyMMdd>.xlsx; characters Windows forbids in a file name (and
     * controls, and leading or trailing dots and blanks) become _, so every unit's name gives a file.
     */
    public String fileName() {
        return "反馈表_" + Texts.fileNamePart(unit.name()) + "_" + date.format(FILE_DATE) + ".xlsx";
    }
}
