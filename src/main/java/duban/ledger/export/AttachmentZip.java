package duban.ledger.export;

import duban.domain.Progress;
import duban.domain.attachments.Attachment;
import duban.i18n.Messages;
import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerRow;
import duban.ui.files.SafeFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ledger's attachments as a zip beside its spreadsheet (台账-附件.zip): a folder per item,
 * named by its 序号 and 督办事项 ("1.2 推进城区供水管网改造/"), holding each current attachment
 * under its own file name (a second file of the same name becomes "名称 (2).pdf"). Written to a
 * temporary file and moved into place: a failed or cancelled export leaves nothing behind.
 */
public final class AttachmentZip {

    /** Windows refuses these in a name; the zip is opened there more than anywhere. */
    private static final String NOT_IN_A_NAME = "[\\\\/:*?\"<>|\\p{Cntrl}]";
    /** A folder name's 督办事项 part, in characters: Windows paths stay short enough. */
    private static final int MAX_TITLE = 40;

    private AttachmentZip() {
    }

    /** The zip beside {@code spreadsheet}: 台账.xlsx → 台账-附件.zip. */
    public static Path besideSpreadsheet(Path spreadsheet) {
        String name = spreadsheet.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        return spreadsheet.resolveSibling(Messages.get("ledger.attachmentsZip", stem));
    }

    /**
     * Writes the current attachments of the ledger's rows to {@code target}.
     *
     * @return how many attachments were written
     * @throws java.util.concurrent.CancellationException when cancelled through {@code progress}
     */
    public static int write(Ledger ledger, AttachmentFiles files, Path target, Progress progress) throws IOException {
        Map<Long, LedgerRow> rows = new LinkedHashMap<>();
        for (LedgerRow row : ledger.rows()) {
            rows.putIfAbsent(row.item().id(), row);
        }
        List<Attachment> attachments = files.current(rows.keySet());
        int[] written = {0};
        SafeFiles.writeAtomically(target, file -> {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                Set<String> names = new HashSet<>();
                for (LedgerRow row : rows.values()) {
                    String folder = folderName(row);
                    for (Attachment attachment : attachments) {
                        if (attachment.itemId() != row.item().id()) {
                            continue;
                        }
                        progress.advance(written[0], attachments.size());
                        zip.putNextEntry(new ZipEntry(unique(folder + "/", cleaned(attachment.fileName()), names)));
                        // The zip stream stays open for the next entry whatever the port does with its stream.
                        files.copyContent(attachment.id(), new FilterOutputStream(zip) {
                            @Override
                            public void write(byte[] bytes, int offset, int length) throws IOException {
                                out.write(bytes, offset, length);
                            }

                            @Override
                            public void close() throws IOException {
                                flush();
                            }
                        });
                        zip.closeEntry();
                        written[0]++;
                    }
                }
                progress.advance(written[0], attachments.size());
            }
        });
        return written[0];
    }

    /** "1.2 推进城区供水管网改造": the 序号 as the ledger shows it, and the title cut to a usable length. */
    static String folderName(LedgerRow row) {
        String title = cleaned(row.title());
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            title = title.substring(0, title.offsetByCodePoints(0, MAX_TITLE));
        }
        return (LedgerColumn.NUMBER.text(row) + " " + title).strip();
    }

    /** A name Windows and the zip accept: no path separators or reserved characters, no trailing dots. */
    private static String cleaned(String name) {
        String cleaned = name.replaceAll(NOT_IN_A_NAME, "_").replaceAll("[\\s\\u3000]+", " ").strip();
        cleaned = cleaned.replaceAll("[. ]+$", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    /** {@code folder + name}, or with " (2)", " (3)" … before the extension when taken (case ignored). */
    private static String unique(String folder, String name, Set<String> taken) {
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        String extension = dot <= 0 ? "" : name.substring(dot);
        String candidate = folder + name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = folder + stem + " (" + n + ")" + extension;
        }
        return candidate;
    }
}
