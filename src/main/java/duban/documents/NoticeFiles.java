package duban.documents;

import duban.documents.drafting.DocumentContent;
import duban.documents.drafting.DocumentDrafter;
import duban.documents.drafting.DocumentFormat;
import duban.domain.Item;
import duban.domain.Progress;
import duban.domain.Texts;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.domain.office.OfficeSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where 督办通知单 are written and the writing itself, the same in the window and on the command
 * line: one item to the file chosen; several into the folder chosen, one sub-folder per 牵头单位
 * holding one file per notice, so each unit's packet is its folder and each numbered notice stays
 * the separate document it officially is.
 */
public final class NoticeFiles {

    private static final int TITLE_IN_NAME = 24;

    private NoticeFiles() {
    }

    /** {@code chosen} with the format's extension, added when the officer left it out. */
    public static Path withExtension(Path chosen, DocumentFormat format) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(format.extension()) ? chosen
                : chosen.resolveSibling(name + format.extension());
    }

    /** The notice's file in {@code folder}: 牵头单位/督办〔2026〕第3号 标题.docx. */
    public static Path inFolder(Path folder, Item item, IssuedDocument issued, String prefix, DocumentFormat format) {
        String title = item.title().length() > TITLE_IN_NAME ? item.title().substring(0, TITLE_IN_NAME) : item.title();
        String name = issued.numberText(prefix).replace(" ", "") + " " + title;
        return folder.resolve(Texts.fileNamePart(item.leadUnit().name())).resolve(Texts.fileNamePart(name) + format.extension());
    }

    /** One notice to draft and the file it goes to. */
    public record Planned(Item item, IssuedDocument issued, Path file) {
    }

    /**
     * Drafts every planned notice from {@code template} ({@code null}: the built-in one), reporting
     * one step per file; returns the files written. Cancelled, it stops before the next file and the
     * drafter leaves nothing of the one it was writing.
     */
    public static List<Path> write(List<Planned> notices, Letterhead letterhead, OfficeSettings settings,
                                   byte[] template, DocumentFormat format, DocumentDrafter drafter,
                                   Progress progress) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Planned planned : notices) {
            progress.advance(written.size(), notices.size());
            Path parent = planned.file().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            drafter.write(new DocumentContent.Notice(planned.item(), planned.issued(), letterhead, settings),
                    template, format, planned.file(), progress::isCancelled);
            written.add(planned.file());
        }
        progress.update(written.size(), notices.size());
        return written;
    }
}
