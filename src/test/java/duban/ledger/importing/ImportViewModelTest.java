package duban.ledger.importing;

import duban.app.StorePorts;
import duban.domain.importing.ImportResult;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.ImportStore;
import duban.store.ImportStoreTest;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's state without the dialog: preview, confirmation of new units, import, template. */
class ImportViewModelTest {

    @TempDir
    Path folder;

    private Database db;
    private ImportViewModel viewModel;

    @BeforeEach
    void office() throws Exception {
        db = Database.open(folder.resolve("office.db"));
        new UnitStore(db.dsl()).add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        viewModel = new ImportViewModel(StorePorts.importing(new ImportStore(db.dsl(), ImportStoreTest.CLOCK)), TaskRunner.inline(),
                ImportStoreTest.CLOCK, Runnable::run);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file() throws Exception {
        return TaskLists.utf8Csv(folder.resolve("清单.csv"), List.of(
                "督办事项,交办日期,牵头单位,责任人,办理时限",
                "推进老旧小区改造,2026-03-01,县财政局,王建国,2026-12-31",
                "建设智慧停车,2026-03-01,县城管局,孙丽,2026-06-30",
                "整治城区河道,2026-03-01,县财政局,,2026-06-30"));
    }

    @Test
    void theUserPreviewsConfirmsNewUnitsAndImports() throws Exception {
        viewModel.open(file());

        assertThat(viewModel.fileNameProperty().get()).isEqualTo("清单.csv");
        assertThat(viewModel.rows()).extracting(PreviewRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("共 3 行：可导入 1 行，有问题 2 行，已导入过 0 行");
        assertThat(viewModel.unknownUnitsProperty().get()).isTrue();
        assertThat(viewModel.createUnitsTextProperty().get()).isEqualTo("新建以下单位：县城管局");
        assertThat(viewModel.canImportProperty().get()).isTrue();

        viewModel.createUnitsProperty().set(true);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("共 3 行：可导入 2 行，有问题 1 行，已导入过 0 行");

        viewModel.importRows();

        assertThat(viewModel.resultProperty().get()).isEqualTo(new ImportResult(2, 0, 1, 1));
        assertThat(viewModel.canImportProperty().get()).as("imported once").isFalse();
        assertThat(viewModel.messageProperty().get()).contains("已导入 2 项");
        assertThat(new ItemStore(db.dsl(), ImportStoreTest.CLOCK).loadAll()).extracting(Item::title)
                .containsExactlyInAnyOrder("推进老旧小区改造", "建设智慧停车");
    }

    @Test
    void anUnreadableFileShowsOneProblemAndNoRows() throws Exception {
        viewModel.open(Files.writeString(folder.resolve("坏.xlsx"), "不是表格"));

        assertThat(viewModel.fileProblemProperty().get()).contains("不是 Excel 表格").contains("坏.xlsx");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.canImportProperty().get()).isFalse();
    }

    @Test
    void theTemplateIsSavedWhereTheUserChose() throws Exception {
        Path target = folder.resolve("模板").resolve("督办事项导入模板.xlsx");
        viewModel.saveTemplate(target);
        assertThat(target).exists();
        assertThat(viewModel.messageProperty().get()).contains("模板已保存");
    }

    @Test
    void cancellingARunningImportRollsItAllBackAndSaysSo() throws Exception {
        // The user presses 取消 once the rows are being written: the runner cancels, then runs the work.
        ImportViewModel[] self = new ImportViewModel[1];
        TaskRunner cancelFirst = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<? super Throwable> onFailure) {
                if (self[0].busyProperty().get()) {
                    self[0].cancelImport();
                }
                TaskRunner.inline().run(work, onSuccess, onFailure);
            }
        };
        self[0] = new ImportViewModel(StorePorts.importing(new ImportStore(db.dsl(), ImportStoreTest.CLOCK)), cancelFirst,
                ImportStoreTest.CLOCK, Runnable::run);
        self[0].open(file());
        self[0].createUnitsProperty().set(true);
        self[0].importRows();

        assertThat(self[0].resultProperty().get()).isNull();
        assertThat(self[0].messageProperty().get()).startsWith("已取消导入");
        assertThat(self[0].busyProperty().get()).isFalse();
        assertThat(self[0].progressProperty().get()).isEqualTo(-1);
        assertThat(new ItemStore(db.dsl(), ImportStoreTest.CLOCK).loadAll()).isEmpty();
        assertThat(new UnitStore(db.dsl()).all()).extracting(duban.domain.Unit::name).containsExactly("县财政局");
        assertThat(self[0].canImportProperty().get()).as("may be tried again").isTrue();
    }
}
