package duban.documents.drafting;

import duban.domain.documents.DocumentKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Drafts the office's documents from Word templates: the office's own template of the kind when it
 * has one, the built-in one otherwise.
 */
public interface DocumentDrafter {

    /** The built-in template of {@code kind}, as a .docx, for the office to export and edit. */
    byte[] builtInTemplate(DocumentKind kind);

    /**
     * Checks an edited template before it replaces the built-in one: a .docx that opens, whose
     * placeholders are all known for {@code kind}. Returns Chinese sentences, one per problem; none
     * when it can be used. Unused placeholders are fine: the office may leave out what it does not state.
     */
    java.util.List<String> check(DocumentKind kind, byte[] template);

    /**
     * Writes {@code content} filled into {@code template} (or the built-in template when {@code null})
     * to {@code out}, as a whole file or not at all: a cancelled or failed draft leaves no file behind
     * and an existing file at {@code out} as it was.
     *
     * @param cancelled asked between steps; when it answers true the draft stops and writes nothing
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    void write(DocumentContent content, byte[] template, DocumentFormat format, Path out, BooleanSupplier cancelled)
            throws IOException;
}
