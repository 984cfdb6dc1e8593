package duban.domain.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file an item may carry (PDF, JPG/JPEG, PNG, DOCX, XLSX), recognised by the name's
 * extension AND by the bytes: a renamed file (an .exe called 批示.pdf, a .doc called .docx) is not
 * one of them.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** A DOCX or XLSX names its main part among its first entries; looking further is not needed. */
    private static final int ZIP_ENTRIES_LOOKED_AT = 64;

    private final String mediaType;
    private final String[] extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The media type stored with the attachment (and used to open it). */
    public String mediaType() {
        return mediaType;
    }

    /** The type the file's name says, when its extension is one of ours. */
    public static Optional<AttachmentType> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> Arrays.asList(type.extensions).contains(extension)).findFirst();
    }

    /** The type of a file named {@code fileName} with these bytes: the name and the content must agree. */
    public static Optional<AttachmentType> of(String fileName, byte[] content) {
        return byName(fileName).filter(type -> type.matches(content));
    }

    /** Whether {@code content} starts (and, for DOCX and XLSX, is laid out) as this type's files are. */
    boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case JPEG -> startsWith(content, JPEG_MAGIC);
            case PNG -> startsWith(content, PNG_MAGIC);
            case DOCX -> startsWith(content, ZIP_MAGIC) && hasZipEntryUnder(content, "word/");
            case XLSX -> startsWith(content, ZIP_MAGIC) && hasZipEntryUnder(content, "xl/");
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Whether the Office file has its main part ({@code word/…} or {@code xl/…}), as Word and Excel write it. */
    private static boolean hasZipEntryUnder(byte[] content, String folder) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int seen = 0; seen < ZIP_ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null; seen++) {
                if (entry.getName().startsWith(folder)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }
}
