package duban.documents.drafting;

/** The file a document is written to: a .docx to edit in WPS or Word, or a PDF to archive or send. */
public enum DocumentFormat {
    DOCX(".docx"),
    PDF(".pdf");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
