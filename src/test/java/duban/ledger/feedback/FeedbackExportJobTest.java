package duban.ledger.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.FeedbackPreview;
import duban.domain.feedback.FeedbackResult;
import duban.domain.feedback.ReturnedForm;
import duban.ui.BackgroundJob;
import duban.testing.TestItems;
import duban.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 导出反馈表… for every unit runs as the ledger window's job: its progress shown, and 取消 heard. */
class FeedbackExportJobTest {

    @TempDir
    Path folder;

    private final List<Runnable> background = new ArrayList<>();
    private final BackgroundJob job = new BackgroundJob(background::add, Runnable::run);
    private final List<String> messages = new ArrayList<>();
    private final List<FeedbackForm> forms = List.of(
            new FeedbackForm(TestItems.FINANCE, TestItems.TODAY, "0123456789abcdef0123456789abcdef",
                    List.of(TestItems.item(1, "预算执行进度").lead(TestItems.FINANCE).status(Status.IN_PROGRESS).build())),
            new FeedbackForm(TestItems.WATER, TestItems.TODAY, "0123456789abcdef0123456789abcdef",
                    List.of(TestItems.item(2, "河道清淤").lead(TestItems.WATER).status(Status.ASSIGNED).build())));

    private final FeedbackPort port = new FeedbackPort() {
        @Override
        public List<FeedbackForm> forms() {
            return forms;
        }

        @Override
        public FeedbackPreview preview(ReturnedForm form) {
            throw new AssertionError("not asked here");
        }

        @Override
        public FeedbackResult importRows(FeedbackPreview preview) {
            throw new AssertionError("not asked here");
        }
    };

    private FeedbackActions actions() {
        FeedbackActions actions = new FeedbackActions(port, TaskRunner.inline(), job, messages::add, Optional::empty,
                result -> { });
        actions.setChoosers(owner -> null, (owner, choices) -> Optional.of(choices.get(0)), owner -> folder);
        return actions;
    }

    @Test
    void everyUnitsFormIsWrittenByTheLedgersJobNotOnTheStoreThread() throws Exception {
        actions().exportForms(null);
        // Nothing is written until the job's thread runs; meanwhile the window shows the job running.
        assertThat(job.runningProperty().get()).isTrue();
        assertThat(job.titleProperty().get()).isEqualTo("正在写出反馈表…");
        assertThat(files()).isEmpty();

        background.remove(0).run();

        assertThat(job.runningProperty().get()).isFalse();
        assertThat(files()).hasSize(2);
        assertThat(messages).last().asString().startsWith("已写出 2 份反馈表");
    }

    @Test
    void aCancelledExportStopsBeforeTheNextFormAndSaysSo() throws Exception {
        actions().exportForms(null);
        job.cancel();
        background.remove(0).run();

        assertThat(files()).isEmpty();
        assertThat(messages).last().asString().startsWith("已取消写出反馈表");
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
