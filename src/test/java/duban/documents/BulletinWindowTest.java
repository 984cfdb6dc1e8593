package duban.documents;

import static org.assertj.core.api.Assertions.assertThat;

import duban.documents.drafting.DocumentContent;
import duban.domain.Source;
import duban.domain.bulletin.ReportPeriod;
import duban.testing.Screenshots;
import duban.ui.BackgroundJob;
import duban.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** 督查通报's window on Saturday 2026-11-21: each period choice, a reversed range refused, one 通报 drafted. */
@ExtendWith(ApplicationExtension.class)
class BulletinWindowTest {

    @TempDir
    Path folder;

    private final FakeDesk desk = new FakeDesk();
    private final FakeDrafter drafter = new FakeDrafter();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private BulletinViewModel viewModel;
    private Stage window;

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (window != null) {
            robot.interact(() -> window.close());
        }
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            viewModel = new BulletinViewModel(desk, TaskRunner.inline(), drafter,
                    new BackgroundJob(background, Platform::runLater), NoticeWindowTest.CLOCK);
            window = BulletinView.show(null, viewModel);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ReportPeriod choose(FxRobot robot, String label) {
        robot.clickOn("#bulletin-period").clickOn(label);
        return viewModel.period().orElseThrow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void retype(FxRobot robot, String id, String text) {
        robot.doubleClickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    @Test
    void eachChoiceMeansItsCalendarPeriod(FxRobot robot) {
        open(robot);
        assertThat(viewModel.period()).contains(new ReportPeriod(ReportPeriod.Kind.WEEK, LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 15)));
        assertThat(text(robot, "#bulletin-period-text")).isEqualTo("时段：2026-11-09 至 2026-11-15（含首尾两天）");
        assertThat(choose(robot, "本周")).isEqualTo(new ReportPeriod(ReportPeriod.Kind.WEEK,
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
        assertThat(choose(robot, "本月")).isEqualTo(new ReportPeriod(ReportPeriod.Kind.MONTH,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(choose(robot, "上月")).isEqualTo(new ReportPeriod(ReportPeriod.Kind.MONTH,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(choose(robot, "本季度")).isEqualTo(new ReportPeriod(ReportPeriod.Kind.QUARTER,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(choose(robot, "上季度")).isEqualTo(new ReportPeriod(ReportPeriod.Kind.QUARTER,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(choose(robot, "上周")).isEqualTo(new ReportPeriod(ReportPeriod.Kind.WEEK,
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)));
        assertThat(choose(robot, "自定义")).as("this month up to today by default").isEqualTo(
                ReportPeriod.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 21)));
        retype(robot, "#bulletin-from", "2026-10-15");
        retype(robot, "#bulletin-to", "2026-11-14");
        robot.clickOn("#bulletin-target");
        assertThat(viewModel.period()).contains(ReportPeriod.custom(LocalDate.of(2026, 10, 15),
                LocalDate.of(2026, 11, 14)));
        Screenshots.save(window.getScene(), "documents-bulletin");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedAndNothingIsRead(FxRobot robot) {
        open(robot);
        choose(robot, "上周");
        robot.clickOn("#bulletin-period").clickOn("自定义");
        retype(robot, "#bulletin-from", "2026-11-20");
        retype(robot, "#bulletin-to", "2026-11-10");
        robot.clickOn("#bulletin-target").write(folder.resolve("通报").toString());
        assertThat(viewModel.period()).isEmpty();
        assertThat(text(robot, "#bulletin-period-text")).isEqualTo("起始日期不能晚于截止日期，请改正后再生成。");
        robot.clickOn("#bulletin-generate");
        assertThat(text(robot, "#bulletin-message")).isEqualTo("起始日期不能晚于截止日期，请改正后再生成。");
        assertThat(desk.figureCalls).isEmpty();
        Screenshots.save(window.getScene(), "documents-bulletin-backwards");
    }

    @Test
    void generatingReadsTheFiguresOfThePeriodAndSourceAndDraftsTheFile(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#bulletin-period").clickOn("上季度");
        robot.clickOn("#bulletin-source").clickOn(Source.NPC_SUGGESTION.label());
        robot.clickOn("#bulletin-format").clickOn("PDF 文件（.pdf）");
        robot.clickOn("#bulletin-target").write(folder.resolve("第三季度督查通报").toString());
        robot.clickOn("#bulletin-generate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.isBusy());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.figureCalls).containsExactly(ReportPeriod.quarterOf(LocalDate.of(2026, 8, 1)));
        assertThat(desk.sourcesAsked).containsExactly("人大建议");
        Path file = folder.resolve("第三季度督查通报.pdf");
        assertThat(file).exists();
        assertThat(drafter.drafted).singleElement().isInstanceOfSatisfying(DocumentContent.Bulletin.class,
                bulletin -> assertThat(bulletin.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 21)));
        assertThat(text(robot, "#bulletin-message")).isEqualTo("已生成督查通报：" + file.toAbsolutePath()
                + "。请在 WPS 或 Word 中审改后印发。");
        Screenshots.save(window.getScene(), "documents-bulletin-done");
    }
}
