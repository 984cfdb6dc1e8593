package duban.ledger.view;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Deadlines;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.ledger.LedgerScope;
import duban.ui.BackgroundJob;
import duban.ui.Fxml;
import duban.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scope bar on its own (ledger-scope-bar.fxml with LedgerScopeBar): a scope set on the view
 * model shows in the controls, and a control changed by the user narrows the view model's scope.
 */
@ExtendWith(ApplicationExtension.class)
class LedgerScopeBarTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 30).atZone(ZONE).toInstant(),
            ZONE);
    private static final Unit FINANCE = new Unit(7, "县财政局", UnitKind.COUNTY_DEPARTMENT, 1);

    private LedgerViewModel viewModel;

    @Start
    void start(Stage stage) {
        LedgerViewModel.Store store = new LedgerViewModel.Store() {
            @Override
            public LedgerViewModel.LedgerData load() {
                return new LedgerViewModel.LedgerData(List.of(), Map.of(), List.of(FINANCE), "");
            }

            @Override
            public void saveOfficeName(String officeName) {
            }
        };
        viewModel = new LedgerViewModel(store, TaskRunner.inline(), new Deadlines(CLOCK), CLOCK,
                BackgroundJob.onBackgroundThread());
        Parent bar = Fxml.root("ledger-scope-bar.fxml", type -> new LedgerScopeBar(viewModel));
        stage.setScene(new Scene(bar, 1280, 120));
        stage.show();
        viewModel.reload();
    }

    @Test
    void aScopeSetOnTheViewModelShowsInTheControls(FxRobot robot) {
        LocalDate from = LocalDate.of(2026, 3, 1);
        robot.interact(() -> viewModel.scopeProperty().set(LedgerScope.ALL.withStatuses(Set.of(Status.AWAITING_FEEDBACK))
                .withOverdueOnly(true).withLeadUnit(new Unit(7, "县财政局", FINANCE.kind(), 1))
                .withSource(Source.EXECUTIVE_MEETING).withAssignedBetween(from, null)));
        assertThat(robot.lookup("#ledger-overdue").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(LedgerScopeBarTest.<ComboBox<Unit>>node(robot, "#ledger-unit").getValue()).isSameAs(FINANCE);
        assertThat(robot.lookup("#ledger-source").queryAs(ComboBox.class).getValue()).isEqualTo(Source.EXECUTIVE_MEETING);
        assertThat(robot.lookup("#ledger-from").queryAs(DatePicker.class).getValue()).isEqualTo(from);
        assertThat(LedgerScopeBarTest.<CheckComboBox<Status>>node(robot, "#ledger-statuses")
                .getCheckModel().getCheckedItems()).containsExactly(Status.AWAITING_FEEDBACK);
        // Showing the scope did not write it back changed.
        assertThat(viewModel.scopeProperty().get().leadUnit().name()).isEqualTo("县财政局");
    }

    @Test
    void tickingAndChoosingNarrowTheViewModelsScope(FxRobot robot) {
        robot.clickOn("#ledger-withdrawn");
        robot.interact(() -> LedgerScopeBarTest.<ComboBox<Unit>>node(robot, "#ledger-unit").setValue(FINANCE));
        WaitForAsyncUtils.waitForFxEvents();
        LedgerScope scope = viewModel.scopeProperty().get();
        assertThat(scope.includeWithdrawn()).isTrue();
        assertThat(scope.leadUnit()).isEqualTo(FINANCE);
        assertThat(scope.overdueOnly()).isFalse();
    }

    /** A node of the bar by its id, typed as the test needs it. */
    @SuppressWarnings("unchecked")
    private static <T> T node(FxRobot robot, String query) {
        return (T) robot.lookup(query).query();
    }
}
