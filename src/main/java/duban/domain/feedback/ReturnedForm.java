package duban.domain.feedback;

import java.util.List;
import java.util.Objects;

/**
 * A 反馈表 as it came back: which unit it was made for and in which database (both recorded,
 * hidden, when it was exported), and its item rows.
 *
 * @param fileName   the file's name, for messages
 * @param unitId     the lead unit the form was exported for
 * @param unitName   that unit's name when it was exported
 * @param databaseId the identity of the database it was exported from
 */
public record ReturnedForm(String fileName, long unitId, String unitName, String databaseId,
                           List<FeedbackEntry> entries) {

    public ReturnedForm {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(databaseId, "databaseId");
        entries = List.copyOf(entries);
    }
}
