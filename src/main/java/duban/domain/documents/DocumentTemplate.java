package duban.domain.documents;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The office's own Word template for a document, stored in the database in place of the built-in
 * one (设置 → 文书模板).
 *
 * @param fileName   the name of the file it was imported from, shown to the office
 * @param content    the .docx file's bytes
 * @param replacedAt when it was imported
 * @param operator   who imported it
 */
public record DocumentTemplate(DocumentKind kind, String fileName, byte[] content, OffsetDateTime replacedAt,
                               String operator) {

    public DocumentTemplate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("a template has content");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
