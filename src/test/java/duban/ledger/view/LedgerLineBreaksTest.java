package duban.ledger.view;

import static org.assertj.core.api.Assertions.assertThat;

import duban.ledger.LedgerColumn;
import duban.ledger.LedgerStyles;
import duban.testing.DemoLedgerWindow;
import duban.testing.Screenshots;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ledger window's cells break by the shared rule in narrow columns: 原时限 2026-12-20 never
 * becomes 原时限 2026-/12-20, a unit's name is whole, and the lines the cell shows are exactly the
 * rule's (the toolkit breaks nothing further).
 */
@ExtendWith(ApplicationExtension.class)
class LedgerLineBreaksTest {

    private static final Pattern SPLIT_DATE = Pattern.compile("\\d{4}-$|\\d{4}-\\d{1,2}$|^-?\\d{1,2}-\\d{1,2}");

    @TempDir
    static Path folder;

    private DemoLedgerWindow ledger;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        ledger = DemoLedgerWindow.show(stage, folder, window -> { });
        scene = ledger.scene;
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void narrowCellsKeepDatesWordsAndUnitNamesWhole(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<LedgerLine> table = robot.lookup("#ledger-table").queryAs(TableView.class);
        robot.interact(() -> {
            for (TableColumn<LedgerLine, ?> column : table.getColumns()) {
                if (column.getUserData() == LedgerColumn.REMARKS || column.getUserData() == LedgerColumn.LEAD_UNIT) {
                    column.setMinWidth(10);
                    column.setPrefWidth(column.getUserData() == LedgerColumn.REMARKS ? 105 : 140);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "ledger-narrow-columns");

        List<Text> cells = robot.lookup("." + LedgerStyles.CELL_TEXT).queryAllAs(Text.class).stream()
                .filter(text -> text.isVisible() && !text.getText().isEmpty()).toList();
        assertThat(cells).hasSizeGreaterThan(50);
        int extended = 0;
        for (Text cell : cells) {
            String[] lines = cell.getText().split("\n");
            for (String line : lines) {
                assertThat(SPLIT_DATE.matcher(line.strip()).find()).as("a date split in %s", List.of(lines)).isFalse();
            }
            if (cell.getText().replace("\n", "").contains("原时限")) {
                extended++;
                assertThat(List.of(lines)).as("原时限 whole").anySatisfy(line -> assertThat(line).contains("原时限"));
            }
            if (cell.getText().replace("\n", "").equals("县住房和城乡建设局")) {
                assertThat(lines).as("a unit's name that fits stays whole").containsExactly("县住房和城乡建设局");
            }
            // The toolkit broke nothing further: as many lines drawn as the rule made.
            Text probe = new Text("国");
            probe.setFont(cell.getFont());
            double lineHeight = probe.getLayoutBounds().getHeight();
            assertThat(Math.round(cell.getLayoutBounds().getHeight() / lineHeight)).as("lines drawn of %s", List.of(lines))
                    .isEqualTo(lines.length);
        }
        assertThat(extended).as("cells with 原时限 on screen").isPositive();
    }
}
