package duban.documents.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.testing.MachineRequirement;
import duban.ui.print.CjkFontFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft is written whole or not at all: cancelled or failed, no file is left and an old one is kept. */
class DraftWritingTest {

    private static final String OLD = "上次生成的文书";

    private final TemplateDrafter drafter = new TemplateDrafter();

    @TempDir
    Path folder;

    @Test
    void cancelledAtEachStepLeavesNoFileAndKeepsTheOldOne() throws IOException {
        for (DocumentFormat format : DocumentFormat.values()) {
            if (format == DocumentFormat.PDF) {
                MachineRequirement.require(CjkFontFile.find().isPresent(), MachineRequirement.NO_CHINESE_FONT);
            }
            // Asked before filling, after filling, then while writing (and, for a PDF, between its elements).
            for (int step = 1; step <= 3; step++) {
                Path out = folder.resolve("bulletin" + format.extension());
                Files.writeString(out, OLD);
                BooleanSupplier cancelled = cancelledAtCall(step);

                assertThatThrownBy(() -> drafter.write(Drafts.bulletin(), null, format, out, cancelled))
                        .as(format + " step " + step).isInstanceOf(CancellationException.class);

                assertThat(Files.readString(out)).isEqualTo(OLD);
                assertThat(filesIn(folder)).containsExactly(out.getFileName().toString());
                Files.delete(out);
            }
        }
    }

    @Test
    void aTemplateThatCannotBeFilledFailsInChineseAndWritesNothing() throws IOException {
        Path out = folder.resolve("notice.docx");
        Files.writeString(out, OLD);

        assertThatThrownBy(() -> drafter.write(Drafts.notice(Drafts.item()),
                "损坏的模板".getBytes(StandardCharsets.UTF_8), DocumentFormat.DOCX, out, () -> false))
                .isInstanceOf(IOException.class).hasMessageContaining("无法按这份模板生成文书");

        assertThat(Files.readString(out)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactly("notice.docx");
    }

    @Test
    void aNewDraftReplacesTheOldFileWhole() throws IOException {
        Path out = folder.resolve("notice.docx");
        Files.writeString(out, OLD);

        drafter.write(Drafts.notice(Drafts.item()), null, DocumentFormat.DOCX, out, () -> false);

        assertThat(Files.readAllBytes(out)).startsWith((byte) 'P', (byte) 'K');
        assertThat(filesIn(folder)).containsExactly("notice.docx");
    }

    private static BooleanSupplier cancelledAtCall(int call) {
        AtomicInteger calls = new AtomicInteger();
        return () -> calls.incrementAndGet() >= call;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
