package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.EventChain.Content;
import duban.domain.EventChain.Stored;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain covers the operator (schema version 5): changing who did a step breaks it, while an
 * event without an operator (every event written before) hashes exactly as it did then.
 */
class EventChainOperatorTest {

    /** A move as the board writes it, without an operator. */
    private static final Content UNSIGNED = new Content(7, 3, "2026-11-20T09:15:00.000+08:00", "MOVE", "ASSIGNED",
            "IN_PROGRESS", 1024.0, 0.0, "{\"closedOn\":[null,\"2026-11-20\"]}", "开始办理");

    /** Its hash after {@link EventChain#GENESIS}, computed by the code of 3ab7768 (before the operator existed). */
    private static final String HASH_BEFORE_THE_OPERATOR =
            "153c863b0f25541cffe764b30f25d21f3de402280db8266e83c52986cc041988";

    @Test
    void anEventWithoutAnOperatorHashesAsBeforeTheOperatorExisted() {
        assertThat(EventChain.next(EventChain.GENESIS, UNSIGNED)).isEqualTo(HASH_BEFORE_THE_OPERATOR);
        assertThat(EventChain.next(EventChain.GENESIS, signed(null))).isEqualTo(HASH_BEFORE_THE_OPERATOR);
    }

    @Test
    void theOperatorIsHashedAndAChangeOfItBreaksTheChain() {
        Content byZhang = signed("张三");
        String hash = EventChain.next(EventChain.GENESIS, byZhang);
        assertThat(hash).isNotEqualTo(HASH_BEFORE_THE_OPERATOR)
                .isNotEqualTo(EventChain.next(EventChain.GENESIS, signed("李四")))
                // Length-prefixed: an empty operator is not a missing one.
                .isNotEqualTo(EventChain.next(EventChain.GENESIS, signed("")));
        assertThat(EventChain.verify(List.of(new Stored(first(byZhang), EventChain.next(EventChain.GENESIS,
                first(byZhang)))))).extracting(EventChain.Verdict::intact).isEqualTo(true);

        String stored = EventChain.next(EventChain.GENESIS, first(byZhang));
        EventChain.Verdict changed = EventChain.verify(List.of(new Stored(first(signed("李四")), stored)));
        assertThat(changed.intact()).isFalse();
        assertThat(changed.problem()).isEqualTo(EventChain.ALTERED);
        EventChain.Verdict removed = EventChain.verify(List.of(new Stored(first(signed(null)), stored)));
        assertThat(removed.intact()).as("the operator removed").isFalse();
        assertThat(removed.problem()).isEqualTo(EventChain.ALTERED);
    }

    @Test
    void aBackupWithoutOperatorsIsStillThePrefixOfTheSameUnsignedLog() {
        Stored old = new Stored(first(UNSIGNED), EventChain.next(EventChain.GENESIS, first(UNSIGNED)));
        Stored now = new Stored(first(signed(null)), old.hash());
        assertThat(EventChain.firstDifference(List.of(old), List.of(now))).isEmpty();
    }

    private static Content signed(String operator) {
        return new Content(UNSIGNED.id(), UNSIGNED.itemId(), UNSIGNED.at(), UNSIGNED.kind(), UNSIGNED.fromStatus(),
                UNSIGNED.toStatus(), UNSIGNED.fromPosition(), UNSIGNED.toPosition(), UNSIGNED.changes(),
                UNSIGNED.note(), operator);
    }

    /** The same content as the log's first event (the verifier expects ids from 1). */
    private static Content first(Content content) {
        return new Content(1, content.itemId(), content.at(), content.kind(), content.fromStatus(),
                content.toStatus(), content.fromPosition(), content.toPosition(), content.changes(), content.note(),
                content.operator());
    }
}
