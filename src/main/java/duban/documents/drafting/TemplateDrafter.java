package duban.documents.drafting;

import duban.domain.documents.DocumentKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Drafts the documents with poi-tl from .docx templates, and their PDFs with PDFBox. */
public final class TemplateDrafter implements DocumentDrafter {

    @Override
    public byte[] builtInTemplate(DocumentKind kind) {
        throw new UnsupportedOperationException("issue 16: drafting part");
    }

    @Override
    public List<String> check(DocumentKind kind, byte[] template) {
        throw new UnsupportedOperationException("issue 16: drafting part");
    }

    @Override
    public void write(DocumentContent content, byte[] template, DocumentFormat format, Path out,
                      BooleanSupplier cancelled) throws IOException {
        throw new UnsupportedOperationException("issue 16: drafting part");
    }
}
