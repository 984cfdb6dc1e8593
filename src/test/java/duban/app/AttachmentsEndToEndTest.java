// The 附件 section over the real attachments store on an SQLite file (issue 17): add, the ATTACH
// event in the history, a PNG preview, save-as bytes equal to the file, removal with a reason, a
// refused wrong type.
package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.attachments.AttachmentActions;
import duban.attachments.AttachmentsSection;
import duban.attachments.AttachmentsViewModel;
import duban.attachments.WindowAttachmentPrompts;
import duban.domain.Category;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.attachments.AttachmentKind;
import duban.editor.ReasonDialog;
import duban.store.Database;
import duban.store.Stores;
import duban.testing.Screenshots;
import duban.ui.CjkFonts;
import duban.ui.TaskRunner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AttachmentsEndToEndTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;

    private Database database;
    private Stores stores;
    private Item item;
    private AttachmentActions actions;
    private final List<Path> chosen = new ArrayList<>();
    private final List<Path> viewed = new ArrayList<>();
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        database = Database.open(folder.resolve("e2e-" + System.nanoTime() + ".db"));
        stores = Stores.over(database, CLOCK, () -> "王芳");
        Unit water = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        item = stores.items().create(new ItemDraft("城区河道清淤整治", "", Source.LEADER_INSTRUCTION, Category.KEY,
                water.id(), List.of(), "张伟", null, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 31)));
        AttachmentsViewModel viewModel = new AttachmentsViewModel(AttachmentPorts.port(stores.attachments()),
                TaskRunner.inline(), viewed::add);
        actions = new AttachmentActions(viewModel, new WindowAttachmentPrompts(
                (owner, attachment) -> ReasonDialog.of(owner, "移除附件", attachment.fileName(), "移除原因").showAndWait()));
        AttachmentsSection section = actions.createSection();
        // WindowAttachmentPrompts' chooser-injecting constructor is package-private in duban.attachments;
        // this test answers the chooser through a subclass-free route: the real prompts, files handed over by addDropped.
        StackPane root = new StackPane(section);
        scene = new Scene(root, 380, 700);
        scene.getStylesheets().addAll(Objects.requireNonNull(getClass().getResource("/theme.css")).toExternalForm(),
                Objects.requireNonNull(getClass().getResource("/details.css")).toExternalForm());
        CjkFonts.apply(root);
        stage.setScene(scene);
        stage.show();
        actions.show(item);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAttachmentLivesWithItsItemFromAddingToRemoval(FxRobot robot) throws Exception {
        BufferedImage picture = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        picture.getGraphics().fillOval(100, 100, 800, 600);
        Path photo = folder.resolve("现场照片.png");
        ImageIO.write(picture, "png", photo.toFile());
        Path wrong = Files.writeString(folder.resolve("说明.txt"), "不是附件");

        // Dropped files ask for their kind in a modal dialog: started, not waited for.
        javafx.application.Platform.runLater(() -> actions.addDropped(null, item, List.of(photo, wrong)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#attachment-kind-EVIDENCE").tryQuery().isPresent());
        robot.clickOn("#attachment-kind-EVIDENCE");
        robot.clickOn("#attachment-kind-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stores.attachments().list(item.id())).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("现场照片.png");
            assertThat(a.kind()).isEqualTo(AttachmentKind.EVIDENCE);
            assertThat(a.size()).isEqualTo(Files.size(photo));
        });
        assertThat(stores.items().history(item.id())).anySatisfy(e -> assertThat(e.kind()).isEqualTo(EventKind.ATTACH));
        assertThat(robot.lookup("#attachments-message").queryAs(Label.class).getText()).contains("说明.txt 未添加");

        robot.clickOn("现场照片.png");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            ImageView preview = robot.lookup("#attachments-preview").queryAs(ImageView.class);
            return preview.getImage() != null && preview.getImage().getProgress() >= 1;
        });
        Screenshots.save(scene, "attachments-e2e-preview");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stores.attachments().copyContent(stores.attachments().list(item.id()).get(0).id(), bytes);
        assertThat(bytes.toByteArray()).isEqualTo(Files.readAllBytes(photo));

        robot.clickOn("#attachments-remove");
        robot.clickOn("#reason-text").write("拍错了现场");
        robot.clickOn("#reason-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stores.attachments().list(item.id())).singleElement()
                .satisfies(a -> assertThat(a.removedReason()).isEqualTo("拍错了现场"));
        assertThat(stores.items().history(item.id())).anySatisfy(e -> assertThat(e.kind()).isEqualTo(EventKind.DETACH));
        assertThat(robot.lookup("#attachments-removed").query().isVisible()).isTrue();
    }
}
