package duban.attachments;

import static duban.testing.TestItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.details.DetailsView;
import duban.details.DetailsViewModel;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.domain.attachments.AttachmentKind;
import duban.editor.ReasonDialog;
import duban.testing.Screenshots;
import duban.testing.TestClock;
import duban.ui.CjkFonts;
import duban.ui.TaskRunner;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 附件 section in the details panel, driven as an officer would, over an in-memory port. */
@ExtendWith(ApplicationExtension.class)
class AttachmentsSectionTest {

    @TempDir
    static Path folder;

    private final MemoryAttachmentPort port = new MemoryAttachmentPort();
    /** What the file chooser answers next: the platform's own cannot be driven by the robot. */
    private final List<Path> chosen = new ArrayList<>();
    private final List<Path> viewed = new ArrayList<>();
    private final Item river = item(7, "城区河道清淤整治").status(Status.AWAITING_FEEDBACK).build();
    private DetailsViewModel details;
    private AttachmentActions actions;
    private Scene scene;
    private DetailsView panel;

    @Start
    void start(Stage stage) {
        AttachmentsViewModel viewModel = new AttachmentsViewModel(port, TaskRunner.inline(), viewed::add);
        actions = new AttachmentActions(viewModel, new WindowAttachmentPrompts(
                (owner, attachment) -> ReasonDialog.of(owner, "移除附件", "移除附件“" + attachment.fileName() + "”",
                        "移除原因").showAndWait(),
                owner -> List.copyOf(chosen)));
        details = new DetailsViewModel(id -> List.of(), TaskRunner.inline(), new Deadlines(TestClock.startingToday()));
        details.itemProperty().addListener((observable, before, shown) -> actions.show(shown));
        panel = new DetailsView(details, actions.createSection());
        actions.acceptDropsOn(panel);
        BorderPane root = new BorderPane();
        root.setRight(panel);
        scene = new Scene(root, 400, 900);
        scene.getStylesheets().addAll(Objects.requireNonNull(getClass().getResource("/theme.css")).toExternalForm(),
                Objects.requireNonNull(getClass().getResource("/board.css")).toExternalForm());
        CjkFonts.apply(root);
        stage.setScene(scene);
        stage.show();
    }

    private void showRiver(FxRobot robot) {
        robot.interact(() -> details.show(river));
    }

    private static Path photo(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(70, 130, 180), width, height, new Color(240, 200, 120)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(60, 90, 60));
        g.fillOval(width / 4, height / 3, width / 2, height / 2);
        g.dispose();
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path document(String name) throws IOException {
        return Files.write(folder.resolve(name), ("%PDF-1.4 " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void chooseKind(FxRobot robot, AttachmentKind kind) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#attachment-kind-" + kind.name());
        robot.clickOn("#attachment-kind-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void filesChosenInTheChooserAreAttachedAsTheChosenKind(FxRobot robot) throws IOException {
        showRiver(robot);
        chosen.addAll(List.of(document("整改报告.pdf"), document("说明.txt")));
        robot.clickOn("#attachments-add");
        // 待反馈: 佐证材料 is suggested; the officer takes 其他 instead.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attachment-kind-EVIDENCE").queryAs(javafx.scene.control.RadioButton.class)
                .isSelected()).isTrue();
        chooseKind(robot, AttachmentKind.OTHER);

        assertThat(port.list(7)).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("整改报告.pdf");
            assertThat(a.kind()).isEqualTo(AttachmentKind.OTHER);
        });
        assertThat(robot.lookup("#attachments-heading").queryAs(Label.class).getText()).isEqualTo("附件（1）");
        assertThat(robot.lookup("#attachments-message").queryAs(Label.class).getText())
                .contains("说明.txt 未添加：只能添加 PDF、JPG、PNG、DOCX、XLSX 文件");
    }

    @Test
    void anAttachmentIsRemovedWithAReasonAndStaysFoldedAway(FxRobot robot) throws IOException {
        port.attach(7, AttachmentKind.EVIDENCE, document("旧照片.pdf"));
        showRiver(robot);
        robot.clickOn("旧照片.pdf");
        robot.clickOn("#attachments-remove");
        WaitForAsyncUtils.waitForFxEvents();
        // The reason is required: 确定 stays off until one is typed.
        assertThat(robot.lookup("#reason-ok").queryButton().isDisabled()).isTrue();
        robot.clickOn("#reason-text").write("上传错了文件");
        robot.clickOn("#reason-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(port.list(7)).singleElement().satisfies(a -> assertThat(a.removedReason()).isEqualTo("上传错了文件"));
        TitledPane removed = robot.lookup("#attachments-removed").queryAs(TitledPane.class);
        assertThat(removed.isVisible()).isTrue();
        assertThat(removed.isExpanded()).isFalse();
        assertThat(robot.lookup("#attachments-empty").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn(removed);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".attachment-removed-name").queryAs(Label.class).getText()).endsWith("旧照片.pdf");
        assertThat(robot.lookup((Node node) -> node instanceof Label label && label.getText() != null
                && label.getText().contains("原因：上传错了文件")).tryQuery()).isPresent();
        Screenshots.save(scene, "attachments-removed");
    }

    @Test
    void aSelectedPhotoIsPreviewedScaledToThePanel(FxRobot robot) throws Exception {
        port.attach(7, AttachmentKind.EVIDENCE, photo("现场照片.png", 1600, 1200));
        port.attach(7, AttachmentKind.OTHER, document("整改报告.pdf"));
        showRiver(robot);
        robot.clickOn("现场照片.png");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Image image = robot.lookup("#attachments-preview").queryAs(javafx.scene.image.ImageView.class).getImage();
            return image != null && image.getProgress() >= 1.0;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Image image = robot.lookup("#attachments-preview").queryAs(javafx.scene.image.ImageView.class).getImage();
        // Decoded at the preview's size, not the camera's: memory stays small whatever the photo.
        assertThat(image.getWidth()).isLessThanOrEqualTo(AttachmentsViewModel.PREVIEW_WIDTH);
        assertThat(image.getHeight()).isLessThanOrEqualTo(AttachmentsViewModel.PREVIEW_HEIGHT);
        assertThat(image.isError()).isFalse();
        Screenshots.save(scene, "attachments-details-preview");

        robot.clickOn("#attachments-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewed).singleElement().satisfies(copy -> assertThat(copy.getFileName()).hasToString("现场照片.png"));
    }

    @Test
    void filesDroppedOnThePanelAreAttachedToTheItemShown(FxRobot robot) throws Exception {
        showRiver(robot);
        List<Path> files = List.of(document("通知单回执.pdf"), photo("回执照片.png", 200, 100));
        FileDrag drag = WaitForAsyncUtils.asyncFx(() -> FileDrag.carrying(files)).get();
        Node title = robot.lookup("#details-title").query();
        robot.interact(() -> {
            assertThat(drag.hover(panel, title)).isTrue();
            assertThat(panel.getPseudoClassStates()).contains(duban.ui.FileDrops.DROP_TARGET);
        });
        Screenshots.save(scene, "attachments-drop-on-panel");
        robot.interact(() -> assertThat(drag.drop(panel, title)).isTrue());
        assertThat(panel.getPseudoClassStates()).doesNotContain(duban.ui.FileDrops.DROP_TARGET);
        chooseKind(robot, AttachmentKind.RETURNED_NOTICE);

        assertThat(port.currentNames(7)).containsExactly("通知单回执.pdf", "回执照片.png");
        assertThat(port.list(7)).allSatisfy(a -> assertThat(a.kind()).isEqualTo(AttachmentKind.RETURNED_NOTICE));
    }
}
