package duban.ledger.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.FeedbackPreview;
import duban.domain.feedback.FeedbackResult;
import duban.domain.feedback.FeedbackRules;
import duban.domain.feedback.ReturnedForm;
import duban.testing.TestItems;
import duban.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's state without a window: unreadable files, nothing to import, a failed import. */
class FeedbackImportViewModelTest {

    @TempDir
    Path folder;

    private final List<FeedbackPreview> imported = new ArrayList<>();
    private RuntimeException importFailure;

    /** A store of one item (12, 县财政局's) whose import records what it was given, or fails. */
    private final FeedbackPort store = new FeedbackPort() {
        @Override
        public List<FeedbackForm> forms() {
            return List.of();
        }

        @Override
        public FeedbackPreview preview(ReturnedForm form) {
            return FeedbackRules.check(form, "db", Map.of(12L, TestItems.item(12, "乡村道路硬化").lead(TestItems.FINANCE)
                    .build()), List.of());
        }

        @Override
        public FeedbackResult importRows(FeedbackPreview preview) {
            if (importFailure != null) {
                throw importFailure;
            }
            imported.add(preview);
            return new FeedbackResult(preview.importable().size(), 0, 0);
        }
    };

    private final FeedbackImportViewModel viewModel = new FeedbackImportViewModel(store, TaskRunner.inline());

    private Path form() throws Exception {
        Unit finance = new Unit(TestItems.FINANCE.id(), TestItems.FINANCE.name(), UnitKind.COUNTY_DEPARTMENT, 1);
        return FeedbackFormWriter.writeInto(new FeedbackForm(finance, LocalDate.of(2026, 12, 4), "db",
                List.of(TestItems.item(12, "乡村道路硬化").lead(TestItems.FINANCE).build())), folder);
    }

    @Test
    void aDamagedFileSaysWhatToDoAndOffersNoImport() throws Exception {
        Path damaged = Files.writeString(folder.resolve("反馈表.xlsx"), "坏文件");
        viewModel.open(damaged);
        assertThat(viewModel.messageProperty().get()).contains("已损坏").contains("重新发送");
        assertThat(viewModel.canImportProperty().get()).isFalse();
        assertThat(viewModel.lines()).isEmpty();
    }

    @Test
    void anUnfilledFormHasNothingToImport() throws Exception {
        viewModel.open(form());
        assertThat(viewModel.lines()).hasSize(1);
        assertThat(viewModel.canImportProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).isEqualTo("没有可导入的行，没有任何改动。");
    }

    @Test
    void aFailedImportSaysSoAndCanBeTriedAgain() throws Exception {
        Path form = form();
        FeedbackForms.fill(form, 12, "进展", "", "", "");
        viewModel.open(form);
        assertThat(viewModel.canImportProperty().get()).isTrue();
        importFailure = new IllegalStateException("预览之后数据已有变化，没有导入任何内容。");

        viewModel.importRows();

        assertThat(viewModel.messageProperty().get()).startsWith("没有导入任何内容：");
        assertThat(viewModel.resultProperty().get()).isNull();
        assertThat(viewModel.canImportProperty().get()).isTrue();
        importFailure = null;
        viewModel.importRows();
        assertThat(viewModel.resultProperty().get()).isEqualTo(new FeedbackResult(1, 0, 0));
        assertThat(imported).hasSize(1);
    }
}
