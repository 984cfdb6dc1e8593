package duban.ledger.view;

import static duban.testing.FxTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import duban.app.LedgerAttachmentPorts;
import duban.app.StorePorts;
import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import duban.ledger.LedgerColumn;
import duban.ledger.export.AttachmentFiles;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.ItemTreeStore;
import duban.store.SettingsStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import duban.testing.Screenshots;
import duban.ui.BackgroundJob;
import duban.ui.TaskRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ledger window over a decomposed item: 1, 1.1, 1.2, 显示：只看上级事项, and 同时导出附件（zip）. */
@ExtendWith(ApplicationExtension.class)
class LedgerTreeViewTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);
    private static final byte[] SCAN = "县长批示件扫描".repeat(4000).getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path folder;

    private Database database;
    private LedgerViewModel viewModel;
    private LedgerView view;
    private Scene scene;
    private Item parent;

    @Start
    void start(Stage stage) throws Exception {
        database = Database.open(Files.createTempFile(folder, "ledger", ".db"));
        UnitStore units = new UnitStore(database.dsl());
        Unit reform = units.add("县发展和改革局", UnitKind.COUNTY_DEPARTMENT);
        Unit water = units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        Unit housing = units.add("县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT);
        ItemStore items = new ItemStore(database.dsl(), CLOCK);
        parent = items.create(draft("扎实推进城乡供水一体化", reform, "王建国", 60));
        items.create(draft("做好项目储备", reform, "王建国", 50));
        new ItemTreeStore(database.dsl(), CLOCK, () -> "督查室").split(parent.id(), parent.version(), List.of(
                draft("供水管网改造（水利局）", water, "李明", 60), draft("老旧小区供水管道更新（住建局）", housing, "张伟", 60)));
        LedgerViewModel.Store stores = StorePorts.ledger(items, new WorkflowStore(database.dsl(), CLOCK), units,
                new SettingsStore(database.dsl(), CLOCK));
        LedgerViewModel.Store withAttachments = LedgerAttachmentPorts.withAttachments(stores, new OneScan(parent.id()));
        viewModel = new LedgerViewModel(withAttachments, TaskRunner.inline(), new Deadlines(CLOCK), CLOCK,
                BackgroundJob.onBackgroundThread());
        view = new LedgerView(viewModel, window -> { });
        scene = LedgerWindow.scene(view, 1280, 560);
        stage.setScene(scene);
        stage.show();
        viewModel.reload();
    }

    private static ItemDraft draft(String title, Unit lead, String owner, int assignedDaysAgo) {
        return new ItemDraft(title, "", Source.WORK_REPORT, Category.KEY, lead.id(), List.of(), owner, null,
                TODAY.minusDays(assignedDaysAgo), TODAY.plusDays(40));
    }

    /** The attachments port: one 批示件 scan on the parent, as the attachments store would stream it. */
    private record OneScan(long itemId) implements AttachmentFiles {
        @Override
        public List<Attachment> current(Collection<Long> itemIds) {
            return itemIds.contains(itemId) ? List.of(new Attachment(1, itemId, AttachmentKind.INSTRUCTION,
                    "县长批示.pdf", "application/pdf", SCAN.length, "0".repeat(64),
                    OffsetDateTime.now(CLOCK), "督查室", null, null)) : List.of();
        }

        @Override
        public void copyContent(long attachmentId, OutputStream out) throws IOException {
            out.write(SCAN);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> numbers() {
        return viewModel.getLedger().rows().stream().map(LedgerColumn.NUMBER::text).toList();
    }

    private List<String> titles() {
        return viewModel.getLedger().rows().stream().map(row -> row.title()).toList();
    }

    @Test
    void subItemsShowUnderTheirParentAndParentsOnlyHidesThem(FxRobot robot) {
        assertThat(numbers()).containsExactly("1", "1.1", "1.2", "2");
        assertThat(titles()).containsExactly("扎实推进城乡供水一体化", "供水管网改造（水利局）",
                "老旧小区供水管道更新（住建局）", "做好项目储备");
        assertThat(robot.lookup("#ledger-table .table-cell").queryAll()).isNotEmpty();
        Screenshots.save(scene, "ledger-tree");

        robot.clickOn("#ledger-shown");
        robot.clickOn("只看上级事项");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(numbers()).containsExactly("1", "2");
        assertThat(titles()).containsExactly("扎实推进城乡供水一体化", "做好项目储备");
        assertThat(text(robot, "#ledger-subtitle")).contains("只看上级事项");
        Screenshots.save(scene, "ledger-tree-parents-only");
    }

    @Test
    void exportingWithAttachmentsWritesTheZipBesideTheFile(FxRobot robot) throws Exception {
        Path target = folder.resolve("供水台账.csv");
        Path zip = folder.resolve("供水台账-附件.zip");
        robot.interact(() -> view.setSaveTarget((format, name) -> target));
        robot.clickOn("#ledger-export-attachments");
        robot.clickOn("#ledger-export-csv");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(zip)
                && text(robot, "#ledger-message").startsWith("已导出"));

        assertThat(text(robot, "#ledger-message")).contains("附件 1 个已写入 供水台账-附件.zip");
        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).anySatisfy(line -> assertThat(line)
                .startsWith("1.1,供水管网改造（水利局）"));
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            assertThat(file.stream().map(ZipEntry::getName)).containsExactly("1 扎实推进城乡供水一体化/县长批示.pdf");
            assertThat(file.getInputStream(file.entries().nextElement()).readAllBytes()).isEqualTo(SCAN);
        }
        Screenshots.save(scene, "ledger-export-attachments");
    }
}
