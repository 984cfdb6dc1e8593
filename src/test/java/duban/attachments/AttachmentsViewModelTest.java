package duban.attachments;

import static duban.testing.TestItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.attachments.AttachmentKind;
import duban.ui.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 附件 section's state over an in-memory port, the work run inline. */
class AttachmentsViewModelTest {

    @TempDir
    Path folder;

    private final MemoryAttachmentPort port = new MemoryAttachmentPort();
    private final List<Path> opened = new ArrayList<>();
    private final AttachmentsViewModel viewModel = new AttachmentsViewModel(port, TaskRunner.inline(), opened::add);
    private final Item river = item(7, "城区河道清淤整治").status(Status.AWAITING_FEEDBACK).build();

    private Path file(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + name.length());
        }
        return Files.write(folder.resolve(name), bytes);
    }

    @Test
    void eachFileIsAttachedAndEachRefusalIsNamedWithoutLosingTheOthers() throws IOException {
        port.sizeLimit = 4096;
        AtomicInteger changes = new AtomicInteger();
        viewModel.setAfterChange(changes::incrementAndGet);
        viewModel.show(river);

        viewModel.attach(river, List.of(file("整改报告.pdf", 2000), file("病毒.exe", 10), file("现场照片.png", 9000),
                file("验收单.docx", 3000)), AttachmentKind.EVIDENCE);

        assertThat(port.currentNames(7)).containsExactly("整改报告.pdf", "验收单.docx");
        assertThat(viewModel.current()).extracting(a -> a.fileName()).containsExactly("整改报告.pdf", "验收单.docx");
        assertThat(viewModel.messageProperty().get())
                .contains("已为“城区河道清淤整治”添加 2 个佐证材料")
                .contains("病毒.exe 未添加：只能添加 PDF、JPG、PNG、DOCX、XLSX 文件")
                .contains("现场照片.png 未添加：文件超过 4 KB 的上限");
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(changes).hasValue(1);
    }

    @Test
    void aFileThatVanishedBeforeItWasReadIsRefusedInWords() {
        viewModel.show(river);
        viewModel.attach(river, List.of(folder.resolve("已删除.pdf")), AttachmentKind.OTHER);
        assertThat(viewModel.messageProperty().get()).contains("已删除.pdf 未添加：文件无法读取");
        assertThat(viewModel.current()).isEmpty();
    }

    @Test
    void aRemovedAttachmentIsFoldedAwayWithItsReason() throws IOException {
        viewModel.show(river);
        viewModel.attach(river, List.of(file("旧报告.pdf", 100)), AttachmentKind.EVIDENCE);
        viewModel.select(viewModel.current().get(0));

        viewModel.remove(viewModel.current().get(0), "拍错了现场");

        assertThat(viewModel.current()).isEmpty();
        assertThat(viewModel.removed()).singleElement().satisfies(removed -> {
            assertThat(removed.fileName()).isEqualTo("旧报告.pdf");
            assertThat(removed.removedReason()).isEqualTo("拍错了现场");
        });
        assertThat(viewModel.selectedProperty().get()).isNull();
    }

    @Test
    void saveAsWritesTheStoredBytesWhole() throws IOException {
        Path original = file("会议纪要.docx", 5000);
        viewModel.show(river);
        viewModel.attach(river, List.of(original), AttachmentKind.OTHER);

        Path target = folder.resolve("导出").resolve("纪要副本.docx");
        viewModel.saveTo(viewModel.current().get(0), target);

        assertThat(target).hasSameBinaryContentAs(original);
        assertThat(viewModel.messageProperty().get()).startsWith("已另存为");
        try (var left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target); // no temporary file left beside it
        }
    }

    @Test
    void openingWritesACopyUnderItsOwnNameForTheViewerAndSaysWhenNoneStarts() throws IOException {
        Path original = file("批示件扫描.pdf", 1200);
        viewModel.show(river);
        viewModel.attach(river, List.of(original), AttachmentKind.INSTRUCTION);

        viewModel.open(viewModel.current().get(0));
        assertThat(opened).singleElement().satisfies(copy -> {
            assertThat(copy.getFileName()).hasToString("批示件扫描.pdf");
            assertThat(copy).hasSameBinaryContentAs(original);
        });

        AttachmentsViewModel noViewer = new AttachmentsViewModel(port, TaskRunner.inline(), file -> {
            throw new IOException("no viewer");
        });
        noViewer.show(river);
        noViewer.open(noViewer.current().get(0));
        assertThat(noViewer.messageProperty().get()).isEqualTo(
                "无法打开 批示件扫描.pdf：本机没有能打开这类文件的程序。可用“另存为…”保存后再打开。");
    }

    @Test
    void aDocumentShowsItsTypeAndNameInsteadOfAPreview() throws IOException {
        viewModel.show(river);
        viewModel.attach(river, List.of(file("统计表.xlsx", 100)), AttachmentKind.OTHER);
        viewModel.select(viewModel.current().get(0));
        assertThat(viewModel.previewProperty().get()).isNull();
        assertThat(viewModel.previewTextProperty().get()).startsWith("Excel 表格（统计表.xlsx）");
    }

    @Test
    void theSuggestedKindFollowsWhereTheItemStands() {
        assertThat(AttachmentFiles.suggestedKind(river)).isEqualTo(AttachmentKind.EVIDENCE);
        assertThat(AttachmentFiles.suggestedKind(item(1, "批示").status(Status.ASSIGNED)
                .source(Source.LEADER_INSTRUCTION).build())).isEqualTo(AttachmentKind.INSTRUCTION);
        assertThat(AttachmentFiles.suggestedKind(item(2, "报告").status(Status.ASSIGNED)
                .source(Source.WORK_REPORT).build())).isEqualTo(AttachmentKind.OTHER);
        assertThat(AttachmentFiles.suggestedKind(item(3, "办理中").status(Status.IN_PROGRESS).build()))
                .isEqualTo(AttachmentKind.OTHER);
    }

    @Test
    void sizesReadAsAnOfficeReadsThem() {
        assertThat(AttachmentFiles.sizeText(10)).isEqualTo("1 KB");
        assertThat(AttachmentFiles.sizeText(820 * 1024)).isEqualTo("820 KB");
        assertThat(AttachmentFiles.sizeText(2_516_582)).isEqualTo("2.4 MB");
    }
}
