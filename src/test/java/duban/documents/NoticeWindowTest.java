package duban.documents;

import static duban.testing.TestItems.FINANCE;
import static duban.testing.TestItems.WATER;
import static duban.testing.TestItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.testing.Screenshots;
import duban.ui.BackgroundJob;
import duban.ui.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** 生成督办通知单 as an officer uses it: one item to a file, several to a folder, 取消 midway, 重新生成. */
@ExtendWith(ApplicationExtension.class)
class NoticeWindowTest {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path folder;

    private final FakeDesk desk = new FakeDesk();
    private final FakeDrafter drafter = new FakeDrafter();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private NoticeViewModel viewModel;
    private Stage window;

    @AfterEach
    void close(FxRobot robot) throws Exception {
        drafter.holding = false;
        if (window != null) {
            robot.interact(() -> window.close());
        }
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void open(FxRobot robot, List<Item> items) {
        robot.interact(() -> {
            viewModel = new NoticeViewModel(items, desk, TaskRunner.inline(), drafter,
                    new BackgroundJob(background, Platform::runLater), CLOCK);
            window = NoticeView.show(null, viewModel);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#notice-message").queryAs(Label.class).getText();
    }

    @Test
    void oneItemIsNumberedOnceAndItsNoticeWritten(FxRobot robot) throws Exception {
        open(robot, List.of(item(7, "城区河道清淤整治").lead(WATER).build()));
        Screenshots.save(window.getScene(), "documents-notice-one");
        robot.clickOn("#notice-generate");
        assertThat(message(robot)).isEqualTo("请先选择保存的文件（“浏览…”或直接输入路径）。");
        assertThat(desk.noticeCalls).isEmpty();

        robot.clickOn("#notice-target").write(folder.resolve("通知单").toString());
        robot.clickOn("#notice-generate");
        waitUntilIdle();

        assertThat(desk.noticeCalls).containsExactly(List.of(7L));
        Path file = folder.resolve("通知单.docx");
        assertThat(file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("NOTICE DOCX 督办〔2026〕第 1 号 城区河道清淤整治");
        assertThat(message(robot)).isEqualTo("已生成 1 份督办通知单：" + file.toAbsolutePath());
        Screenshots.save(window.getScene(), "documents-notice-done");
    }

    @Test
    void threeItemsOfTwoUnitsGoIntoOneFolderPerUnit(FxRobot robot) throws Exception {
        open(robot, List.of(item(1, "预算执行进度").lead(FINANCE).build(), item(2, "河道清淤").lead(WATER).build(),
                item(3, "水毁工程修复").lead(WATER).build()));
        robot.clickOn("#notice-format").clickOn("PDF 文件（.pdf）");
        robot.clickOn("#notice-target").write(folder.toString());
        Screenshots.save(window.getScene(), "documents-notice-several");
        robot.clickOn("#notice-generate");
        waitUntilIdle();

        assertThat(desk.noticeCalls).as("one transaction numbers all three").containsExactly(List.of(1L, 2L, 3L));
        try (Stream<Path> units = Files.list(folder)) {
            assertThat(units.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("县财政局", "县水利局");
        }
        assertThat(folder.resolve("县财政局").resolve("督办〔2026〕第1号 预算执行进度.pdf")).exists();
        assertThat(folder.resolve("县水利局").resolve("督办〔2026〕第2号 河道清淤.pdf")).exists();
        assertThat(folder.resolve("县水利局").resolve("督办〔2026〕第3号 水毁工程修复.pdf")).exists();
        assertThat(message(robot)).startsWith("已生成 3 份督办通知单");
    }

    @Test
    void onlyTheTickedItemsAreNumberedAndDrafted(FxRobot robot) throws Exception {
        open(robot, List.of(item(1, "预算执行进度").lead(FINANCE).build(), item(2, "河道清淤").lead(WATER).build(),
                item(3, "水毁工程修复").lead(WATER).build()));
        List<javafx.scene.control.CheckBox> boxes = robot.lookup("#notice-items").lookup(".check-box")
                .queryAllAs(javafx.scene.control.CheckBox.class).stream()
                .sorted(java.util.Comparator.comparingDouble(box -> box.localToScene(0, 0).getY())).toList();
        assertThat(boxes).hasSize(3).allSatisfy(box -> assertThat(box.isSelected()).isTrue());
        robot.clickOn(boxes.get(1));
        robot.clickOn("#notice-target").write(folder.toString());
        robot.clickOn("#notice-generate");
        waitUntilIdle();

        assertThat(desk.noticeCalls).containsExactly(List.of(1L, 3L));
        assertThat(folder.resolve("县水利局").resolve("督办〔2026〕第2号 水毁工程修复.docx")).exists();
        try (Stream<Path> water = Files.list(folder.resolve("县水利局"))) {
            assertThat(water).hasSize(1);
        }

        robot.clickOn(boxes.get(0)).clickOn(boxes.get(2));
        robot.clickOn("#notice-generate");
        assertThat(message(robot)).isEqualTo("请至少勾选一项事项。");
        assertThat(desk.noticeCalls).hasSize(1);
    }

    @Test
    void cancellingAfterNumberingLeavesNoFileKeepsTheNumberAndRedraftsUnderIt(FxRobot robot) throws Exception {
        open(robot, List.of(item(7, "城区河道清淤整治").lead(WATER).build()));
        drafter.holding = true;
        robot.clickOn("#notice-target").write(folder.resolve("通知单.docx").toString());
        robot.clickOn("#notice-generate");
        assertThat(drafter.started.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(window.getScene(), "documents-notice-drafting");
        robot.clickOn("#notice-cancel");
        waitUntilIdle();

        assertThat(folder.resolve("通知单.docx")).doesNotExist();
        assertThat(message(robot)).isEqualTo("已取消，未写完的文件没有留下。本次已编号的 督办〔2026〕第 1 号 编号保留，"
                + "不会重复使用；再次点“生成”按原编号重新生成，不另取新号。");
        assertThat(desk.noticeCalls).hasSize(1);

        drafter.holding = false;
        robot.clickOn("#notice-generate");
        waitUntilIdle();
        assertThat(desk.noticeCalls).as("重新生成 takes no new number").hasSize(1);
        assertThat(Files.readString(folder.resolve("通知单.docx"), StandardCharsets.UTF_8))
                .isEqualTo("NOTICE DOCX 督办〔2026〕第 1 号 城区河道清淤整治");
    }

    @Test
    void anItemAlreadyIssuedShowsItsNumberAndIsNotNumberedAgain(FxRobot robot) throws Exception {
        desk.issueNotices(List.of(7L), LocalDate.of(2026, 11, 2), "督办");
        open(robot, List.of(item(7, "城区河道清淤整治").lead(WATER).build()));
        assertThat(viewModel.rows()).extracting(NoticeRow::text).containsExactly("城区河道清淤整治（牵头单位：县水利局；已发 督办〔2026〕第 1 号，按原编号重新生成）");
        robot.clickOn("#notice-target").write(folder.resolve("again").toString());
        robot.clickOn("#notice-generate");
        waitUntilIdle();
        assertThat(desk.noticeCalls).hasSize(1);
        assertThat(folder.resolve("again.docx")).exists();
    }
}
