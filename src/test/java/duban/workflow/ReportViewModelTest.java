package duban.workflow;

import static duban.workflow.WorkflowItems.CLOCK;
import static duban.workflow.WorkflowItems.TODAY;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rules of 办理进展's three fields, without the FX toolkit. */
@ExtendWith(ListenerFailures.class)
class ReportViewModelTest {

    private static ReportViewModel report() {
        return new ReportViewModel(item(7, "城区供水管网改造").owner("王建国").build(), CLOCK);
    }

    @Test
    void startsWithTodayAndTheResponsiblePersonAndAsksForTheContent() {
        ReportViewModel report = report();
        assertThat(report.windowTitle()).isEqualTo("办理进展：城区供水管网改造");
        assertThat(report.subject()).isEqualTo("督办事项：城区供水管网改造（牵头单位 县水利局，尚未报送进展）");
        assertThat(report.reportedOn().getDate()).isEqualTo(TODAY);
        assertThat(report.reportedOn().getText()).isEqualTo("2026-11-21");
        assertThat(report.reporterProperty().get()).isEqualTo("王建国");
        assertThat(report.contentErrorProperty().get()).isEqualTo("请填写进展内容");
        assertThat(report.dateErrorProperty().get()).isEmpty();
        assertThat(report.reporterErrorProperty().get()).isEmpty();
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void theSubjectNamesTheLatestReport() {
        ReportViewModel report = new ReportViewModel(item(7, "供水").lastReportOn(LocalDate.of(2026, 11, 10)).build(), CLOCK);
        assertThat(report.subject()).isEqualTo("督办事项：供水（牵头单位 县水利局，上次报送 2026-11-10）");
    }

    @Test
    void withContentItGivesTheTrimmedReport() {
        ReportViewModel report = report();
        report.contentProperty().set("  已完成管网铺设 8.2 公里。 ");
        report.reporterProperty().set(" 李秘书 ");
        assertThat(report.isValid()).isTrue();
        assertThat(report.toInput()).isEqualTo(new ReportInput(TODAY, "李秘书", "已完成管网铺设 8.2 公里。"));
    }

    @Test
    void blankContentIsRequired() {
        ReportViewModel report = report();
        report.contentProperty().set("已开工");
        report.contentProperty().set("   ");
        assertThat(report.contentErrorProperty().get()).isEqualTo("请填写进展内容");
        assertThat(report.isValid()).isFalse();
        assertThatThrownBy(report::toInput).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReporterIsRequiredAndAtMostFiftyCharacters() {
        ReportViewModel report = report();
        report.contentProperty().set("已开工");
        report.reporterProperty().set(" ");
        assertThat(report.reporterErrorProperty().get()).isEqualTo("请填写报送人");
        assertThat(report.isValid()).isFalse();

        report.reporterProperty().set("某".repeat(51));
        assertThat(report.reporterErrorProperty().get()).isEqualTo("报送人不能超过 50 个字");
        assertThat(report.isValid()).isFalse();

        report.reporterProperty().set("某".repeat(50));
        assertThat(report.reporterErrorProperty().get()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void theDateIsRequiredWellFormedNotInTheFutureAndNotBeforeTheAssignment() {
        ReportViewModel report = report();
        report.contentProperty().set("已开工");

        report.reportedOn().setText("");
        assertThat(report.dateErrorProperty().get()).isEqualTo("请填写进展日期");
        assertThat(report.isValid()).isFalse();

        report.reportedOn().setText("2026-13-01");
        assertThat(report.dateErrorProperty().get()).isEqualTo("日期格式应为 2026-12-31");
        assertThat(report.isValid()).isFalse();

        report.reportedOn().setText("2026-11-22");
        assertThat(report.dateErrorProperty().get()).isEqualTo("进展日期不能晚于今天");
        assertThat(report.isValid()).isFalse();

        report.reportedOn().setText("2026-11-01");
        assertThat(report.dateErrorProperty().get()).isEqualTo("进展日期不能早于交办日期（2026-11-02）");
        assertThat(report.isValid()).isFalse();

        report.reportedOn().setText("2026年11月2日");
        assertThat(report.dateErrorProperty().get()).isEmpty();
        assertThat(report.toInput().reportedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    }
}
