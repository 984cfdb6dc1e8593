package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.EventChain;
import duban.domain.EventChanges;
import duban.domain.Item;
import duban.domain.Status;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the shared-mode concurrency and fault tests check once the clients are done: every
 * acknowledged write is in the event log exactly once (and nothing is there that no client
 * attempted), each item equals the replay of its events, the hash chain verifies, and every column's
 * positions are strictly increasing.
 */
final class WriteAudit {

    private WriteAudit() {
    }

    /** Checks {@code connection}'s database against the writes of {@code clients}; returns the events read. */
    static int check(Connection connection, Collection<BoardClient> clients, List<Item> board) throws SQLException {
        List<EventChain.Stored> log = EventRows.read(connection, 0);
        Map<String, Integer> tagsInLog = new HashMap<>();
        for (EventChain.Stored event : log) {
            String tag = tagOf(event.content());
            if (tag != null) {
                tagsInLog.merge(tag, 1, Integer::sum);
            }
        }
        Set<String> acknowledged = new HashSet<>();
        Set<String> attempted = new HashSet<>();
        for (BoardClient client : clients) {
            acknowledged.addAll(client.acknowledged);
            attempted.addAll(client.acknowledged);
            attempted.addAll(client.unknown);
        }
        List<String> missing = new ArrayList<>();
        for (String tag : acknowledged) {
            if (!tagsInLog.containsKey(tag)) {
                missing.add(tag);
            }
        }
        assertThat(missing).as("acknowledged writes missing from the log (lost updates)").isEmpty();
        assertThat(tagsInLog.entrySet()).as("writes in the log twice")
                .allSatisfy(entry -> assertThat(entry.getValue()).as(entry.getKey()).isEqualTo(1));
        assertThat(attempted).as("every write in the log was attempted by a client").containsAll(tagsInLog.keySet());

        EventChain.Verdict chain = EventChain.verify(log);
        assertThat(chain.intact()).as("the hash chain: %s", chain.problem()).isTrue();
        assertThat(chain.eventsChecked()).isEqualTo(log.size());

        StateReplay.Result replay = StateReplay.check(connection);
        assertThat(replay.differences()).as("items that differ from the replay of their events").isEmpty();
        assertThat(replay.withoutCreate()).isEmpty();
        for (Item item : board) {
            assertThat(replay.replayed().get(item.id()).rowChanges()).as("version of %s", item.title())
                    .isEqualTo(item.version());
            assertThat(replay.replayed().get(item.id()).position()).as("position of %s", item.title())
                    .isNotNull();
        }

        for (Status column : Status.values()) {
            List<Double> positions = board.stream().filter(item -> item.status() == column).map(Item::position)
                    .toList();
            for (int i = 1; i < positions.size(); i++) {
                assertThat(positions.get(i)).as("position %d of %s", i, column).isGreaterThan(positions.get(i - 1));
            }
        }
        return log.size();
    }

    /** The tag a client's write carries: a move's note, an edit's new title. */
    private static String tagOf(EventChain.Content event) {
        if ("MOVE".equals(event.kind())) {
            return event.note();
        }
        if ("EDIT".equals(event.kind())) {
            Object title = EventChanges.parse(event.changes()).get("title");
            return title instanceof List<?> pair ? String.valueOf(pair.get(1)) : null;
        }
        return null;
    }
}
