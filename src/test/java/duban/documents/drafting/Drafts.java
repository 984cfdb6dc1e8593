package duban.documents.drafting;

import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Reminder;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.UnitFigures;
import duban.domain.UnitScope;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.domain.office.OfficeSettings;
import duban.domain.Rate;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The documents' test data: one item, its notice and 催办单, and a quarter's 通报 with ties in its ranking. */
final class Drafts {

    static final LocalDate ISSUED = LocalDate.of(2026, 12, 5);
    static final Letterhead LETTERHEAD = new Letterhead("清河县人民政府督查室", "清河县人民政府督查室",
            "联系人：王芳，电话：0316-1234567", "清督办", "清催办");

    private Drafts() {
    }

    /** A 领导批示 重点 item assigned 2026-11-02; 30 days by the default rule gives 2026-12-02. */
    static Item item() {
        return TestItems.item(7, "推进城区雨污分流改造工程")
                .details("按照县委主要领导批示，完成城区主干道雨污分流改造，年底前完成管网铺设并通水验收。")
                .source(Source.LEADER_INSTRUCTION).category(Category.KEY)
                .lead(TestItems.HOUSING).assist(TestItems.WATER, TestItems.FINANCE)
                .owner("李明").leader("张副县长")
                .assignedOn(LocalDate.of(2026, 11, 2)).deadline(LocalDate.of(2026, 12, 2))
                .build();
    }

    static DocumentContent.Notice notice(Item item) {
        return new DocumentContent.Notice(item, new IssuedDocument(1, DocumentKind.NOTICE, 2026, 3, item.id(), null,
                ISSUED, "王芳"), LETTERHEAD, OfficeSettings.defaults());
    }

    static DocumentContent.ReminderNotice reminder(ReminderLevel level) {
        Item item = item();
        List<Reminder> previous = List.of(
                new Reminder(1, item.id(), LocalDate.of(2026, 11, 20), ReminderMethod.PHONE, ReminderLevel.BLUE,
                        "电话提醒报送进展", null),
                new Reminder(2, item.id(), LocalDate.of(2026, 11, 28), ReminderMethod.WRITTEN_NOTICE,
                        ReminderLevel.YELLOW, "书面催报", null));
        return new DocumentContent.ReminderNotice(item,
                new IssuedDocument(2, DocumentKind.REMINDER_NOTICE, 2026, 11, item.id(), 3L, ISSUED, "王芳"),
                level, previous, "", LocalDate.of(2026, 12, 10), LETTERHEAD, OfficeSettings.defaults(), ISSUED);
    }

    /** Items of four units: 财政 and 水利 tie (1 of 1 on time), 住建 has one overdue, 城关镇 one open. */
    static List<Item> quarterItems() {
        LocalDate assigned = LocalDate.of(2026, 10, 8);
        return List.of(
                TestItems.item(11, "财政资金直达").lead(TestItems.FINANCE).source(Source.WORK_REPORT)
                        .assignedOn(assigned).deadline(LocalDate.of(2026, 11, 30)).closed(LocalDate.of(2026, 11, 20)).build(),
                TestItems.item(12, "水库除险加固").lead(TestItems.WATER).source(Source.HIGHER_LEVEL)
                        .assignedOn(assigned).deadline(LocalDate.of(2026, 11, 30)).closed(LocalDate.of(2026, 11, 25)).build(),
                TestItems.item(13, "老旧小区改造").lead(TestItems.HOUSING).source(Source.WORK_REPORT)
                        .assignedOn(assigned).deadline(LocalDate.of(2026, 11, 15)).status(Status.IN_PROGRESS).build(),
                TestItems.item(14, "城区停车难治理").lead(TestItems.HOUSING).source(Source.LEADER_INSTRUCTION)
                        .assignedOn(assigned).deadline(LocalDate.of(2026, 11, 10)).closed(LocalDate.of(2026, 11, 8)).build(),
                TestItems.item(15, "集镇环境整治").lead(TestItems.TOWN).source(Source.OTHER)
                        .assignedOn(LocalDate.of(2026, 11, 25)).deadline(LocalDate.of(2026, 12, 31))
                        .status(Status.IN_PROGRESS).build());
    }

    static DocumentContent.Bulletin bulletin() {
        List<Item> items = quarterItems();
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        Deadlines deadlines = new Deadlines(Clock.fixed(asOf.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        UnitFigures ranking = UnitFigures.of(items, deadlines, UnitScope.ALL);
        BulletinFigures.Overview overview = new BulletinFigures.Overview(5, 5, 3, new Rate(3, 5), new Rate(3, 3),
                new Rate(1, 4), new Rate(1, 1), 1, 0);
        List<BulletinFigures.WeekPoint> weeks = List.of(
                new BulletinFigures.WeekPoint(LocalDate.of(2026, 11, 8), 4, 1, 0),
                new BulletinFigures.WeekPoint(LocalDate.of(2026, 11, 15), 4, 1, 0),
                new BulletinFigures.WeekPoint(LocalDate.of(2026, 11, 22), 4, 2, 1),
                new BulletinFigures.WeekPoint(LocalDate.of(2026, 11, 29), 5, 3, 1),
                new BulletinFigures.WeekPoint(LocalDate.of(2026, 12, 5), 5, 3, 1));
        BulletinFigures figures = new BulletinFigures(ReportPeriod.quarterOf(asOf), null, asOf, overview, ranking,
                List.of(TestItems.FINANCE, TestItems.WATER),
                List.of(new BulletinFigures.NamedUnit(TestItems.HOUSING, List.of(items.get(2)))), weeks);
        return new DocumentContent.Bulletin(figures, LETTERHEAD, asOf);
    }
}
