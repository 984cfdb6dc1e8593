package duban.attachments;

import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.attachments.AttachmentKind;
import duban.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The kinds of file an item takes (PDF, JPG, PNG, DOCX, XLSX), how sizes read, and the kind suggested. */
public final class AttachmentFiles {

    /** The extensions offered by the chooser and accepted from a drop. */
    public static final Set<String> EXTENSIONS = Set.of("pdf", "jpg", "jpeg", "png", "docx", "xlsx");
    private static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png");

    private AttachmentFiles() {
    }

    /** The lower-case extension of {@code fileName}, or an empty string. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether a file of this name may be attached. */
    public static boolean accepted(Path file) {
        return file.getFileName() != null && EXTENSIONS.contains(extension(file.getFileName().toString()));
    }

    /** Whether the panel can preview it as a picture. */
    public static boolean isImage(String fileName) {
        return IMAGES.contains(extension(fileName));
    }

    /** What a file that cannot be previewed shows instead: PDF 文件, Word 文档, Excel 表格. */
    public static String typeName(String fileName) {
        return switch (extension(fileName)) {
            case "pdf" -> Messages.get("attachments.type.pdf");
            case "docx" -> Messages.get("attachments.type.docx");
            case "xlsx" -> Messages.get("attachments.type.xlsx");
            case "jpg", "jpeg", "png" -> Messages.get("attachments.type.image");
            default -> Messages.get("attachments.type.other");
        };
    }

    /** 820 KB, 2.4 MB: as an office reads sizes (never 0 KB for a small file). */
    public static String sizeText(long bytes) {
        if (bytes < 1024L * 1024L) {
            return Messages.get("attachments.size.kb", String.valueOf(Math.max(1, (bytes + 512) / 1024)));
        }
        return Messages.get("attachments.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /**
     * The kind a new attachment most likely is: 佐证材料 for an item awaiting the unit's report,
     * 批示件 for a leader's instruction just assigned, otherwise 其他.
     */
    public static AttachmentKind suggestedKind(Item item) {
        if (item.status() == Status.AWAITING_FEEDBACK) {
            return AttachmentKind.EVIDENCE;
        }
        if (item.status() == Status.ASSIGNED && item.source() == Source.LEADER_INSTRUCTION) {
            return AttachmentKind.INSTRUCTION;
        }
        return AttachmentKind.OTHER;
    }
}
