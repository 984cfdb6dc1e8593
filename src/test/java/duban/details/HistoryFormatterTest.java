package duban.details;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import duban.domain.EventKind;
import duban.domain.ItemEvent;
import duban.domain.Status;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 办理记录 texts made from item_event rows, in the shapes ItemStore writes them. */
class HistoryFormatterTest {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 21, 10, 15, 30, 123_000_000, CHINA);

    @Test
    void aCreateSaysWhereItWasRegisteredAndListsTheFirstValuesWithLabels() {
        HistoryEntry entry = HistoryFormatter.format(event(EventKind.CREATE, null, Status.ASSIGNED,
                "{\"title\":\"县城区供水管网改造\",\"details\":\"\",\"source\":\"LEADER_INSTRUCTION\","
                        + "\"category\":\"KEY\",\"leadUnit\":\"县住建局\",\"assistUnits\":[\"县财政局\",\"县自然资源局\"],"
                        + "\"owner\":\"王建国\",\"leader\":null,\"assignedOn\":\"2026-11-02\",\"deadline\":\"2026-11-30\"}",
                null));

        assertThat(entry.what()).isEqualTo("登记");
        assertThat(entry.when()).isEqualTo("2026-11-21 10:15");
        assertThat(entry.summary()).isEqualTo("登记于交办");
        // In the order the store wrote them; empty first values (详细内容, 责任领导) say nothing and are left out.
        assertThat(entry.changeLines()).containsExactly(
                "督办事项：县城区供水管网改造",
                "事项来源：领导批示",
                "督办类别：重点督办",
                "牵头单位：县住建局",
                "协办单位：县财政局、县自然资源局",
                "责任人：王建国",
                "交办日期：2026-11-02",
                "办理时限：2026-11-30");
        assertThat(entry.hasNote()).isFalse();
    }

    @Test
    void anEditListsEachChangedFieldAsOldToNewWithChineseNamesAndLabels() {
        HistoryEntry entry = HistoryFormatter.format(event(EventKind.EDIT, null, null,
                "{\"source\":[\"LEADER_INSTRUCTION\",\"EXECUTIVE_MEETING\"],\"category\":[\"ROUTINE\",\"URGENT\"],"
                        + "\"assistUnits\":[[\"县财政局\"],[\"县财政局\",\"县自然资源局\"]],"
                        + "\"leader\":[null,\"李明副县长\"],\"deadline\":[\"2026-11-30\",\"2026-12-15\"],"
                        + "\"owner\":[\"王建国\",\"张丽\"],\"assignedOn\":[\"2026-11-01\",\"2026-11-02\"],"
                        + "\"leadUnit\":[\"县住建局\",\"县水利局\"]}",
                null));

        assertThat(entry.what()).isEqualTo("修改");
        assertThat(entry.summary()).isEqualTo("修改了 8 项内容");
        assertThat(entry.changeLines()).containsExactly(
                "事项来源：领导批示 → 常务会议决定",
                "督办类别：常规 → 急件",
                "协办单位：县财政局 → 县财政局、县自然资源局",
                "责任领导：（空） → 李明副县长",
                "办理时限：2026-11-30 → 2026-12-15",
                "责任人：王建国 → 张丽",
                "交办日期：2026-11-01 → 2026-11-02",
                "牵头单位：县住建局 → 县水利局");
    }

    @Test
    void nullAndEmptyValuesShowAsEmptyAndNoAssistingUnitsAsNone() {
        HistoryEntry entry = HistoryFormatter.format(event(EventKind.EDIT, null, null,
                "{\"leader\":[\"李明副县长\",null],\"details\":[\"\",\"补充说明\"],\"assistUnits\":[[\"县财政局\"],[]]}",
                null));

        assertThat(entry.changeLines()).containsExactly(
                "责任领导：李明副县长 → （空）",
                "详细内容：（空） → 补充说明",
                "协办单位：县财政局 → 无");
    }

    @Test
    void aMoveSaysFromAndToColumnsWithTheReason() {
        HistoryEntry entry = HistoryFormatter.format(event(EventKind.MOVE, Status.AWAITING_FEEDBACK,
                Status.IN_PROGRESS, null, "  抽检台账不全, 退回重办 "));

        assertThat(entry.what()).isEqualTo("移动");
        assertThat(entry.summary()).isEqualTo("待反馈 → 办理中");
        assertThat(entry.changeLines()).isEmpty();
        assertThat(entry.noteLine()).isEqualTo("原因：抽检台账不全, 退回重办");
    }

    @Test
    void aMoveInsideOneColumnIsAReorder() {
        HistoryEntry entry = HistoryFormatter.format(event(EventKind.MOVE, Status.IN_PROGRESS,
                Status.IN_PROGRESS, null, null));

        assertThat(entry.summary()).isEqualTo("在“办理中”内调整顺序");
        assertThat(entry.hasNote()).isFalse();
    }

    @Test
    void closingAndReopeningShowTheClosingFields() {
        HistoryEntry closing = HistoryFormatter.format(event(EventKind.MOVE, Status.AWAITING_FEEDBACK, Status.CLOSED,
                "{\"closedOn\":[null,\"2026-11-20\"],\"closingNote\":[null,\"已通水验收\"]}", null));
        HistoryEntry reopening = HistoryFormatter.format(event(EventKind.MOVE, Status.CLOSED, Status.IN_PROGRESS,
                "{\"closedOn\":[\"2026-11-20\",null],\"closingNote\":[\"已通水验收\",null]}", "验收发现渗漏"));

        assertThat(closing.summary()).isEqualTo("待反馈 → 办结销号");
        assertThat(closing.changeLines()).containsExactly("办结日期：（空） → 2026-11-20", "办结情况：（空） → 已通水验收");
        assertThat(reopening.summary()).isEqualTo("办结销号 → 办理中");
        assertThat(reopening.changeLines()).containsExactly("办结日期：2026-11-20 → （空）", "办结情况：已通水验收 → （空）");
        assertThat(reopening.noteLine()).isEqualTo("原因：验收发现渗漏");
    }

    @Test
    void aWithdrawalAndARestoreSayWhereTheItemLeftAndCameBack() {
        HistoryEntry withdrawal = HistoryFormatter.format(event(EventKind.WITHDRAW, Status.IN_PROGRESS, null,
                null, "与第 12 项重复登记"));
        HistoryEntry restore = HistoryFormatter.format(event(EventKind.RESTORE, null, Status.IN_PROGRESS,
                "{\"withdrawnReason\":[\"与第 12 项重复登记\",null]}", "误撤销"));

        assertThat(withdrawal.what()).isEqualTo("撤销督办");
        assertThat(withdrawal.summary()).isEqualTo("从“办理中”撤销督办，移出看板");
        assertThat(withdrawal.changeLines()).isEmpty();
        assertThat(withdrawal.noteLine()).isEqualTo("原因：与第 12 项重复登记");

        assertThat(restore.what()).isEqualTo("恢复督办");
        assertThat(restore.summary()).isEqualTo("恢复到“办理中”");
        assertThat(restore.changeLines()).containsExactly("撤销原因：与第 12 项重复登记 → （空）");
        assertThat(restore.noteLine()).isEqualTo("原因：误撤销");
    }

    @Test
    void malformedOrUnexpectedJsonIsShownRawInsteadOfThrowing() {
        String broken = "{\"deadline\":[\"2026-11-30\",";
        assertThatCode(() -> HistoryFormatter.format(event(EventKind.EDIT, null, null, broken, null)))
                .doesNotThrowAnyException();

        HistoryEntry malformed = HistoryFormatter.format(event(EventKind.EDIT, null, null, broken, null));
        HistoryEntry notAnObject = HistoryFormatter.format(event(EventKind.EDIT, null, null, "[1, 2]", null));
        HistoryEntry notJson = HistoryFormatter.format(event(EventKind.MOVE, Status.ASSIGNED, Status.IN_PROGRESS,
                "办理时限改为月底", null));

        assertThat(malformed.changeLines()).containsExactly(broken);
        assertThat(malformed.summary()).isEqualTo("修改了内容");
        assertThat(notAnObject.changeLines()).containsExactly("[1, 2]");
        assertThat(notJson.changeLines()).containsExactly("办理时限改为月底");
        assertThat(notJson.summary()).isEqualTo("交办 → 办理中");
    }

    @Test
    void unknownCodesAndFieldsAndShapesAreShownAsWritten() {
        HistoryEntry entry = HistoryFormatter.format(event(EventKind.EDIT, null, null,
                "{\"source\":[\"SOMETHING_NEW\",\"PETITION\"],\"priority\":[1,2],\"owner\":\"张丽\"}", null));

        assertThat(entry.changeLines()).containsExactly(
                "事项来源：SOMETHING_NEW → 信访",
                "priority：1 → 2",
                "责任人：张丽");
    }

    @Test
    void longValuesAreShortenedToOneLineOfAboutSixtyCharacters() {
        String longNote = "管网改造主体工程已完工,\n已通水验收。" + "群众反映良好".repeat(20);
        HistoryEntry entry = HistoryFormatter.format(event(EventKind.MOVE, Status.AWAITING_FEEDBACK, Status.CLOSED,
                "{\"closingNote\":[null,\"" + longNote.replace("\n", "\\n") + "\"]}", null));

        String line = entry.changeLines().get(0);
        String shown = line.substring(line.indexOf("→ ") + 2);
        assertThat(shown).startsWith("管网改造主体工程已完工, 已通水验收。群众反映良好").endsWith("…");
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(HistoryFormatter.MAX_VALUE_LENGTH);
        assertThat(shown).doesNotContain("\n");

        String exactlySixty = "字".repeat(60);
        assertThat(HistoryFormatter.shorten(exactlySixty)).isEqualTo(exactlySixty);
        assertThat(HistoryFormatter.shorten(exactlySixty + "多")).hasSize(60).endsWith("字…");
    }

    @Test
    void theTimeIsShownInTheEventsOwnOffset() {
        OffsetDateTime utc = AT.withOffsetSameInstant(ZoneOffset.UTC);
        HistoryEntry entry = HistoryFormatter.format(new ItemEvent(7, 1, utc, EventKind.MOVE,
                Status.ASSIGNED, Status.IN_PROGRESS, 1024.0, 1024.0, null, null));

        assertThat(entry.when()).isEqualTo("2026-11-21 02:15");
        assertThat(entry.eventId()).isEqualTo(7);
    }

    @Test
    void newestFirstReversesTheStoresOrder() {
        List<ItemEvent> oldestFirst = List.of(
                new ItemEvent(1, 1, AT, EventKind.CREATE, null, Status.ASSIGNED, null, 1024.0, null, null),
                new ItemEvent(2, 1, AT.plusDays(1), EventKind.MOVE, Status.ASSIGNED, Status.IN_PROGRESS, 1024.0, 1024.0,
                        null, null),
                new ItemEvent(3, 1, AT.plusDays(2), EventKind.WITHDRAW, Status.IN_PROGRESS, null, 1024.0, null,
                        null, "重复登记"));

        assertThat(HistoryFormatter.newestFirst(oldestFirst)).extracting(HistoryEntry::eventId).containsExactly(3L, 2L, 1L);
        assertThat(HistoryFormatter.newestFirst(oldestFirst)).extracting(HistoryEntry::what)
                .containsExactly("撤销督办", "移动", "登记");
        assertThat(HistoryFormatter.newestFirst(List.of())).isEmpty();
    }

    @Test
    void theEntryNamesWhoDidTheStepOrNobodyForAnOlderEvent() {
        ItemEvent move = new ItemEvent(1, 1, AT, EventKind.MOVE, Status.ASSIGNED, Status.IN_PROGRESS, 1.0, 2.0, null,
                null, " 张三 ");
        assertThat(HistoryFormatter.format(move).operator()).isEqualTo("张三");
        assertThat(HistoryFormatter.format(move).hasOperator()).isTrue();

        HistoryEntry older = HistoryFormatter.format(event(EventKind.MOVE, Status.ASSIGNED, Status.IN_PROGRESS, null,
                null));
        assertThat(older.operator()).isEmpty();
        assertThat(older.hasOperator()).isFalse();
    }

    private static ItemEvent event(EventKind kind, Status from, Status to, String changes, String note) {
        return new ItemEvent(1, 1, AT, kind, from, to, null, null, changes, note);
    }
}
