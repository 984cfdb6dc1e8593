package duban.documents;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.documents.DocumentKind;
import duban.domain.documents.Letterhead;
import duban.testing.Screenshots;
import duban.ui.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** 文书设置 as the officer uses it: the letterhead, a bad template refused, a good one imported, 恢复内置模板 asked first. */
@ExtendWith(ApplicationExtension.class)
class TemplateSettingsWindowTest {

    @TempDir
    Path folder;

    private final FakeDesk desk = new FakeDesk();
    private final FakeDrafter drafter = new FakeDrafter();
    /** The files the officer picks in the file dialogs, in order. */
    private final Deque<Path> picked = new ArrayDeque<>();
    private Stage window;

    private final TemplateFilePicker picker = new TemplateFilePicker() {
        @Override
        public Optional<Path> saveAs(Window owner, String suggestedName) {
            return Optional.ofNullable(picked.poll());
        }

        @Override
        public Optional<Path> open(Window owner) {
            return Optional.ofNullable(picked.poll());
        }
    };

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.close());
        }
    }

    private void open(FxRobot robot, String readOnlyReason) {
        robot.interact(() -> window = TemplateSettingsView.show(null,
                new TemplateSettingsViewModel(desk, TaskRunner.inline(), drafter, readOnlyReason), picker));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Path template(String name) throws Exception {
        return Files.write(folder.resolve(name), "an edited docx".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateWithProblemsIsShownAndReplacesNothing(FxRobot robot) throws Exception {
        open(robot, null);
        assertThat(text(robot, "#template-current-NOTICE")).isEqualTo("当前：内置模板");
        drafter.problems = List.of("模板中的 {{办理时限}} 不是督办通知单可用的占位符", "文件不是 Word 文档（.docx）");
        picked.add(template("我办通知单.docx"));
        robot.clickOn("#template-import-NOTICE");

        assertThat(desk.templates).isEmpty();
        assertThat(text(robot, "#template-current-NOTICE")).isEqualTo("当前：内置模板");
        assertThat(text(robot, "#documents-settings-message")).isEqualTo("我办通知单.docx 不能用作督办通知单模板，原模板未作改动。"
                + "请改正以下问题后重新导入：\n· 模板中的 {{办理时限}} 不是督办通知单可用的占位符\n· 文件不是 Word 文档（.docx）");
        Screenshots.save(window.getScene(), "documents-settings-refused");
    }

    @Test
    void aGoodTemplateIsImportedAndRestoringItAsksFirst(FxRobot robot) throws Exception {
        open(robot, null);
        picked.add(template("我办通知单.docx"));
        robot.clickOn("#template-import-NOTICE");
        assertThat(desk.templates).containsKey(DocumentKind.NOTICE);
        assertThat(text(robot, "#template-current-NOTICE"))
                .isEqualTo("当前：本单位模板（我办通知单.docx，2026-11-20 09:30 导入，操作人：王芳）");

        robot.clickOn("#template-restore-NOTICE");
        assertThat(robot.lookup("#template-restore-confirm").tryQuery()).isPresent();
        Screenshots.save(robot.lookup("#template-restore-confirm").queryAs(Node.class).getScene(),
                "documents-settings-restore-confirm");
        robot.clickOn("取消");
        assertThat(desk.templates).as("取消 keeps the office's template").containsKey(DocumentKind.NOTICE);

        robot.clickOn("#template-restore-NOTICE");
        robot.clickOn("确定");
        assertThat(desk.templates).isEmpty();
        assertThat(text(robot, "#template-current-NOTICE")).isEqualTo("当前：内置模板");
        assertThat(text(robot, "#documents-settings-message")).isEqualTo("督办通知单已恢复为内置模板。");
    }

    @Test
    void theBuiltInTemplateIsExportedAndTheLetterheadSaved(FxRobot robot) throws Exception {
        open(robot, null);
        assertThat(robot.lookup("#letterhead-heading").queryAs(TextField.class).getText()).isEqualTo("XX县人民政府督查室");
        Path exported = folder.resolve("内置模板-督查通报.docx");
        picked.add(exported);
        robot.clickOn("#template-export-builtin-BULLETIN");
        assertThat(Files.readAllBytes(exported)).isEqualTo(FakeDrafter.BUILT_IN);
        try (var left = Files.list(folder)) {
            assertThat(left).as("no temporary file left beside it").containsExactly(exported);
        }

        robot.doubleClickOn("#letterhead-heading").push(KeyCode.CONTROL, KeyCode.A).write("城关县人民政府督查室");
        robot.doubleClickOn("#letterhead-notice-prefix").push(KeyCode.CONTROL, KeyCode.A).write("城督");
        robot.clickOn("#letterhead-save");
        assertThat(desk.savedLetterheads).containsExactly(new Letterhead("城关县人民政府督查室", "XX县人民政府督查室",
                "联系人：王芳，电话：0000-1234567", "城督", "催办"));
        assertThat(text(robot, "#documents-settings-message")).isEqualTo("已保存发文机关、落款、联系人和字号，以后生成的文书都按此填写。");
        Screenshots.save(window.getScene(), "documents-settings");
    }

    @Test
    void aReadOnlyOpenShowsButCannotChange(FxRobot robot) throws Exception {
        open(robot, "以只读方式打开");
        assertThat(robot.lookup("#template-import-NOTICE").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#template-restore-NOTICE").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#letterhead-save").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#letterhead-heading").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#template-export-builtin-NOTICE").queryAs(Node.class).isDisabled())
                .as("exporting changes nothing").isFalse();
        assertThat(text(robot, "#documents-settings-message")).isEqualTo("只读打开，文书设置只能查看，不能修改（以只读方式打开）。");
        Screenshots.save(window.getScene(), "documents-settings-read-only");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).as("Esc closes").isFalse();
    }
}
