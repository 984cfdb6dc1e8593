import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.ReportCadence;
import duban.domain.Status;
import duban.ledger.LedgerTitle;
import duban.projector.ProjectorSettings;
import duban.store.BackupService;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.OfficeSettingsStore;
import duban.store.SettingsStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Writes a file with the code of a release that has the workflow (schema version 2 and later): its
 * demo data (with progress reports, reminders, an extension and a 退回重办), version 1's item work,
 * then more of the workflow (a report, a reminder, an extension approved after the deadline, a
 * return and its undoing) and settings changed twice. Run by write-fixture.sh against that
 * release's classes; not compiled by Maven.
 */
public class WorkflowFixtureWriter {

    public static void main(String[] args) throws Exception {
        FixtureSupport.write(args, (database, clock) -> {
            ItemStore items = new ItemStore(database.dsl(), clock);
            Item odd = FixtureSupport.itemWork(items, new UnitStore(database.dsl()), clock);
            workflowWork(items, new WorkflowStore(database.dsl(), clock), odd, LocalDate.now(clock));
            settingsWork(database, clock);
        });
    }

    private static void workflowWork(ItemStore items, WorkflowStore workflow, Item odd, LocalDate today) {
        workflow.addReport(odd.id(), today, odd.owner(), "已完成 \"一期\" 验收准备 🚩, 逗号, 换行\n第二段。");
        workflow.addReminder(odd.id(), today, ReminderMethod.WRITTEN_NOTICE, ReminderLevel.YELLOW, "请于本周五前报送材料。");

        // Approved after the deadline had passed: the working deadline moves, the assessed one does not.
        Item overdue = items.loadBoard().stream()
                .filter(item -> item.status() == Status.IN_PROGRESS && item.deadline().isBefore(today))
                .min(Comparator.comparingLong(Item::id)).orElseThrow();
        workflow.extend(overdue.id(), overdue.version(), today.plusDays(20), "上级政策调整, 申请延期。", "李县长", today);

        Item feedback = FixtureSupport.first(items.loadBoard(), Status.AWAITING_FEEDBACK, 0);
        items.sendBack(feedback.id(), feedback.version(), null, null, "佐证材料不全, 退回重办。");
        Item another = FixtureSupport.first(items.loadBoard(), Status.AWAITING_FEEDBACK, 0);
        Item sentBack = items.sendBack(another.id(), another.version(), null, null, "误退回");
        items.reverseReturn(sentBack.id(), sentBack.version(), null, null, "退回有误, 撤回。");
    }

    private static void settingsWork(Database database, Clock clock) {
        OfficeSettingsStore office = new OfficeSettingsStore(database.dsl(), clock);
        office.save(office.load().withDueSoonDays(5)
                .withCadence(Category.KEY, ReportCadence.everyDays(10))
                .withReportRequired(Category.URGENT, true));
        office.save(office.load().withDueSoonDays(7).withCadence(Category.ROUTINE, ReportCadence.monthlyBy(20)));
        SettingsStore settings = new SettingsStore(database.dsl(), clock);
        settings.put(LedgerTitle.OFFICE_NAME_KEY, "青石县人民政府督查室");
        settings.put(BackupService.KEEP_SETTING, "20");
        settings.put(ProjectorSettings.THEME_KEY, "DARK");
        settings.put(ProjectorSettings.THEME_KEY, "LIGHT");
    }
}
