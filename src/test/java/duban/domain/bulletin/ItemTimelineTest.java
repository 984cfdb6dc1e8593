package duban.domain.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.EventKind;
import duban.domain.Extension;
import duban.domain.Item;
import duban.domain.ItemEvent;
import duban.domain.Status;
import duban.testing.TestItems;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item as the board showed it at the end of a past day, replayed from its events and extensions. */
class ItemTimelineTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(BEIJING);
    }

    private static ItemEvent event(long id, OffsetDateTime at, EventKind kind, Status from, Status to, String changes) {
        return new ItemEvent(id, 1, at, kind, from, to, null, null, changes, null);
    }

    private static Extension extension(long id, LocalDate newDeadline, LocalDate approvedOn, OffsetDateTime recorded) {
        return new Extension(id, 1, "原因", null, newDeadline, "王县长", approvedOn, recorded);
    }

    @Test
    void anItemWhoseHistoryEndsBeforeTheDayIsTheItemAsItStands() {
        Item now = TestItems.item(1, "事项").build();
        ItemTimeline timeline = ItemTimeline.of(now,
                List.of(event(1, at(day(3, 1), 10), EventKind.CREATE, null, Status.ASSIGNED, null)), List.of(), ZONE);

        assertThat(timeline.at(day(3, 1))).isSameAs(now);
        assertThat(timeline.at(day(3, 9))).isSameAs(now);
    }

    @Test
    void theColumnAndClosingDateAreThoseOfTheLastMoveRecordedByTheEndOfTheDay() {
        Item now = TestItems.item(1, "事项").status(Status.IN_PROGRESS).deadline(day(3, 10)).build();
        ItemTimeline timeline = ItemTimeline.of(now, List.of(
                event(1, at(day(3, 1), 10), EventKind.CREATE, null, Status.ASSIGNED, null),
                // Closed on 03-05 with the closing date 03-04 (what the officer entered).
                event(2, at(day(3, 5), 23), EventKind.MOVE, Status.ASSIGNED, Status.CLOSED,
                        "{\"closedOn\":[null,\"2026-03-04\"],\"closingNote\":[null,\"已办结\"]}"),
                event(3, at(day(3, 7), 9), EventKind.MOVE, Status.CLOSED, Status.IN_PROGRESS,
                        "{\"closedOn\":[\"2026-03-04\",null]}")), List.of(), ZONE);

        assertThat(timeline.at(day(3, 4)).status()).isEqualTo(Status.ASSIGNED);
        assertThat(timeline.at(day(3, 5)).status()).isEqualTo(Status.CLOSED);
        assertThat(timeline.at(day(3, 5)).closedOn()).isEqualTo(day(3, 4));
        assertThat(timeline.at(day(3, 6)).closedOn()).isEqualTo(day(3, 4));
        assertThat(timeline.at(day(3, 7)).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(timeline.at(day(3, 7)).closedOn()).isNull();
    }

    @Test
    void anEventIsPlacedOnTheDayOfTheOfficesZone() {
        Item now = TestItems.item(1, "事项").status(Status.IN_PROGRESS).build();
        // 16:30 UTC on 03-08 is 00:30 on 03-09 in Beijing.
        OffsetDateTime lateEvening = OffsetDateTime.of(2026, 3, 8, 16, 30, 0, 0, ZoneOffset.UTC);
        ItemTimeline timeline = ItemTimeline.of(now, List.of(
                event(1, at(day(3, 1), 10), EventKind.CREATE, null, Status.ASSIGNED, null),
                event(2, lateEvening, EventKind.MOVE, Status.ASSIGNED, Status.IN_PROGRESS, null)), List.of(), ZONE);

        assertThat(timeline.at(day(3, 8)).status()).isEqualTo(Status.ASSIGNED);
        assertThat(timeline.at(day(3, 9)).status()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void withdrawnBetweenItsWithdrawalAndItsRestoration() {
        Item now = TestItems.item(1, "事项").build();
        ItemTimeline timeline = ItemTimeline.of(now, List.of(
                event(1, at(day(3, 1), 10), EventKind.CREATE, null, Status.ASSIGNED, null),
                event(2, at(day(3, 3), 10), EventKind.WITHDRAW, Status.ASSIGNED, null, null),
                event(3, at(day(3, 6), 10), EventKind.RESTORE, null, Status.ASSIGNED, null)), List.of(), ZONE);

        assertThat(timeline.at(day(3, 2)).withdrawn()).isFalse();
        assertThat(timeline.at(day(3, 3)).withdrawn()).isTrue();
        assertThat(timeline.at(day(3, 5)).withdrawn()).isTrue();
        assertThat(timeline.at(day(3, 6)).withdrawn()).isFalse();
    }

    @Test
    void anExtensionCountsFromTheDayItWasRecordedAndALateApprovalLeavesTheAssessedDeadline() {
        Item now = TestItems.item(1, "事项").deadline(day(3, 5)).deadlines(day(3, 31), null).build();
        ItemTimeline timeline = ItemTimeline.of(now,
                List.of(event(1, at(day(3, 1), 10), EventKind.CREATE, null, Status.ASSIGNED, null),
                        event(2, at(day(3, 4), 10), EventKind.REMIND, null, null, null)),
                List.of(extension(1, day(3, 20), day(3, 4), at(day(3, 4), 11)),
                        // Approved 03-10, before 03-20 had passed (so it counts for the assessment), entered 03-12.
                        extension(2, day(3, 31), day(3, 10), at(day(3, 12), 9))), ZONE);

        Item third = timeline.at(day(3, 3));
        assertThat(third.workingDeadline()).isNull();
        assertThat(third.activity().reminderCount()).isZero();
        Item fourth = timeline.at(day(3, 4));
        assertThat(fourth.currentDeadline()).isEqualTo(day(3, 20));
        assertThat(fourth.assessmentDeadline()).isEqualTo(day(3, 20));
        assertThat(fourth.activity().extensionCount()).isEqualTo(1);
        assertThat(fourth.activity().reminderCount()).isEqualTo(1);
        // On 03-11 the board did not yet know of the second extension.
        assertThat(timeline.at(day(3, 11)).currentDeadline()).isEqualTo(day(3, 20));
        assertThat(timeline.at(day(3, 12)).currentDeadline()).isEqualTo(day(3, 31));
    }

    @Test
    void anExtensionApprovedAfterTheAssessedDeadlineLetsTheUnitWorkOnButDoesNotMoveTheAssessment() {
        Item now = TestItems.item(1, "事项").deadline(day(3, 5)).deadlines(day(3, 25), null).build();
        ItemTimeline timeline = ItemTimeline.of(now,
                List.of(event(1, at(day(3, 1), 10), EventKind.CREATE, null, Status.ASSIGNED, null),
                        event(2, at(day(3, 20), 10), EventKind.REPORT, null, null, null)),
                List.of(extension(1, day(3, 25), day(3, 9), at(day(3, 9), 10))), ZONE);

        Item ninth = timeline.at(day(3, 9));
        assertThat(ninth.currentDeadline()).isEqualTo(day(3, 25));
        assertThat(ninth.assessmentDeadline()).isEqualTo(day(3, 5));
        assertThat(ninth.assessedDeadline()).isNull();
    }

    @Test
    void anItemRegisteredAfterTheDayKeepsTheStateItsCreateRecorded() {
        Item now = TestItems.item(1, "事项").status(Status.CLOSED).closedOn(day(3, 20)).closingNote("已办结").build();
        ItemTimeline timeline = ItemTimeline.of(now, List.of(
                event(1, at(day(3, 10), 10), EventKind.CREATE, null, Status.ASSIGNED, null),
                event(2, at(day(3, 20), 10), EventKind.MOVE, Status.ASSIGNED, Status.CLOSED,
                        "{\"closedOn\":[null,\"2026-03-20\"]}")), List.of(), ZONE);

        Item before = timeline.at(day(3, 2));
        assertThat(before.status()).isEqualTo(Status.ASSIGNED);
        assertThat(before.closedOn()).isNull();
        assertThat(before.closingNote()).isNull();
        assertThat(before.withdrawn()).isFalse();
    }

    @Test
    void aHistoryWithoutItsCreateTakesTheColumnTheFirstLaterMoveLeft() {
        Item now = TestItems.item(1, "事项").status(Status.AWAITING_FEEDBACK).build();
        ItemTimeline timeline = ItemTimeline.of(now, List.of(
                event(7, at(day(3, 10), 10), EventKind.MOVE, Status.IN_PROGRESS, Status.AWAITING_FEEDBACK, null)),
                List.of(), ZONE);

        assertThat(timeline.at(day(3, 9)).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(timeline.at(day(3, 10))).isSameAs(now);
    }
}
