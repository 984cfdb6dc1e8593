package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Status;
import duban.testing.Screenshots;
import duban.testing.TestClock;
import duban.ui.CjkFonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application, as {@code mvn javafx:run -Dapp.args="--demo --db …"} would, and
 * checks the board against the database file itself (plain JDBC, not the application's store).
 */
class BoardAppTest {

    @TempDir
    Path folder;

    private Path databaseFile;
    private Application application;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApplication() throws TimeoutException {
        // A folder that does not exist yet: the application creates it, as on a first run.
        databaseFile = folder.resolve("office").resolve("duban.db");
        stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new DubanApp(TestClock.startingToday(),
                List.of("--db", databaseFile.toString(), "--demo")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !column(Status.CLOSED).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApplication() throws TimeoutException {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void eachColumnShowsTheCardsOfItsStatusInPositionOrder() throws SQLException {
        assertThat(Files.exists(databaseFile)).isTrue();
        int total = 0;
        for (Status status : Status.values()) {
            List<Long> expected = idsInDatabase(status);
            assertThat(expected).as("demo data has items in %s", status).isNotEmpty();
            List<Long> shown = column(status).getItems().stream().map(Card::id).toList();
            assertThat(shown).as("cards in column %s", status).isEqualTo(expected);
            total += expected.size();

            // The card nodes actually rendered in this column belong to items of this status.
            List<Node> rendered = new ArrayList<>(robot.from(column(status)).lookup(".item-card").queryAll()
                    .stream().filter(card -> card.isVisible() && card.getParent().isVisible()).toList());
            assertThat(rendered).as("rendered cards in %s", status).isNotEmpty();
            for (Node card : rendered) {
                long id = (Long) card.getProperties().get(duban.ui.StyleClasses.CARD_ITEM_ID);
                assertThat(expected).as("card %s shown in %s", id, status).contains(id);
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(40);
        Screenshots.save(stage.getScene(), "board-demo");
    }

    @Test
    void headerShowsTheCompletionRateOfTheDatabase() throws SQLException {
        String expected = queryText("SELECT printf('%.1f%%', 100.0 * sum(status = 'CLOSED') / count(*)) "
                + "FROM item WHERE withdrawn = 0");
        Label rate = robot.lookup("#completion-rate").queryAs(Label.class);
        assertThat(rate.getText()).isEqualTo(expected).matches("\\d{1,3}\\.\\d%");

        String closed = queryText("SELECT count(*) FROM item WHERE withdrawn = 0 AND status = 'CLOSED'");
        Label closedCount = robot.lookup("#count-CLOSED").queryAs(Label.class);
        assertThat(closedCount.getText()).isEqualTo(closed);

        String overdue = queryText("SELECT count(*) FROM item WHERE withdrawn = 0 AND status <> 'CLOSED' "
                + "AND deadline < '" + TestClock.TODAY + "'");
        assertThat(robot.lookup("#overdue-count").queryAs(Label.class).getText()).isEqualTo(overdue);
    }

    /** The day's first backup waits for the board's first frame (issue 18, start-up), but is made. */
    @Test
    void theDaysFirstBackupIsMadeOnceTheBoardIsShown() throws Exception {
        Path backups = databaseFile.resolveSibling("backups");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(backups)) {
                return files.anyMatch(file -> file.getFileName().toString().startsWith("duban-"));
            } catch (java.io.IOException notYet) {
                return false;
            }
        });
        try (var files = Files.list(backups)) {
            assertThat(files.map(file -> file.getFileName().toString())).singleElement().asString()
                    .startsWith("duban-").endsWith(".db");
        }
    }

    @Test
    void rendersChineseWithAnInstalledCjkFontWhenThereIsOne() {
        String style = stage.getScene().getRoot().getStyle();
        CjkFonts.family().ifPresentOrElse(
                family -> assertThat(style).contains(family),
                () -> assertThat(style == null ? "" : style).doesNotContain("-fx-font-family"));
        assertThat(stage.getTitle()).startsWith("督办看板");
    }

    @Test
    void theUnitStatsWindowShowsOneRowPerLeadUnitAndTheBoardsTotals() throws Exception {
        robot.clickOn("#unit-stats-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#units-table").tryQuery().isPresent());
        javafx.scene.control.TableView<?> table = robot.lookup("#units-table").queryAs(javafx.scene.control.TableView.class);
        String leadUnits = queryText("SELECT count(DISTINCT lead_unit_id) FROM item WHERE withdrawn = 0");
        assertThat(table.getItems()).hasSize(Integer.parseInt(leadUnits));
        Node totals = robot.lookup("#units-totals").query();
        String total = queryText("SELECT count(*) FROM item WHERE withdrawn = 0");
        assertThat(robot.from(totals).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(total);
        Screenshots.save(table.getScene(), "board-unit-stats");
    }

    @Test
    void theStatisticsButtonOpensTheStatisticsWindowAndEscClosesIt() throws Exception {
        robot.clickOn("#statistics-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statistics").tryQuery().isPresent());
        // Read on the store thread: the charts, or a sentence in Chinese saying why not, never 加载中 for good.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statistics-charts").query().isVisible()
                || !robot.lookup("#statistics-placeholder").queryAs(Label.class).getText().equals("加载中…"));
        Label placeholder = robot.lookup("#statistics-placeholder").queryAs(Label.class);
        if (placeholder.isVisible()) {
            assertThat(placeholder.getText()).doesNotContain("Exception").matches("^[^A-Za-z]*统计.*|^暂无事项.*");
        }
        javafx.stage.Window window = placeholder.getScene().getWindow();
        robot.targetWindow(window).type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private ListView<Card> column(Status status) {
        return robot.lookup("#column-" + status.name()).queryAs(ListView.class);
    }

    private List<Long> idsInDatabase(Status status) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM item WHERE withdrawn = 0 AND status = '"
                     + status.name() + "' ORDER BY position, id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private String queryText(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
