package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.app.BoardStoreAdapter;
import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.boards.BoardScope;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chosen saved board narrows the board: its columns, the header's figures and the items that
 * 单位统计, 今日待催办 and the projector follow; the filter bar narrows it further.
 */
class ChosenBoardTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    private Database database;
    private ItemStore store;
    private Unit unit;

    @BeforeEach
    void openDatabase() throws Exception {
        database = Database.open(folder.resolve("board.db"));
        store = new ItemStore(database.dsl(), CLOCK);
        unit = new UnitStore(database.dsl()).add("县财政局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Item create(String title, Source source) {
        return store.create(new ItemDraft(title, "", source, Category.ROUTINE, unit.id(), List.of(), "王建国", null,
                TODAY.minusDays(10), TODAY.plusDays(20)));
    }

    @Test
    void theChosenBoardsItemsAloneAreShownCountedAndFollowed() {
        Item petition = create("拖欠工资投诉", Source.PETITION);
        Item otherPetition = create("噪声扰民投诉", Source.PETITION);
        Item instruction = create("县城区供水管网改造", Source.LEADER_INSTRUCTION);
        store.move(instruction.id(), instruction.version(), Status.CLOSED, 10, new Closing(TODAY, "已完成"), null);
        BoardViewModel board = new BoardViewModel(new BoardStoreAdapter(store, new UnitStore(database.dsl())),
                TaskRunner.inline(), new Deadlines(CLOCK));
        board.reload();
        assertThat(board.completionRateText().getValue()).isEqualTo("33.3%");

        BoardScope petitions = BoardScope.ofSources(Source.PETITION);
        board.boardScopeProperty().set(petitions::matches);
        assertThat(board.cards(Status.ASSIGNED)).extracting(card -> card.id())
                .containsExactly(petition.id(), otherPetition.id());
        assertThat(board.cards(Status.CLOSED)).isEmpty();
        assertThat(board.columnCountText(Status.ASSIGNED).getValue()).isEqualTo("2");
        assertThat(board.columnCountText(Status.CLOSED).getValue()).isEqualTo("0");
        assertThat(board.completionRateText().getValue()).isEqualTo("0.0%");
        assertThat(board.completionDetailText().getValue()).isEqualTo("0 / 2 项");
        assertThat(board.itemsProperty().get()).extracting(Item::id).containsExactly(petition.id(), otherPetition.id());

        // The filter bar works inside the board.
        board.cardFilterProperty().set(card -> card.item().title().contains("噪声"));
        assertThat(board.cards(Status.ASSIGNED)).extracting(card -> card.id()).containsExactly(otherPetition.id());
        assertThat(board.filteredStatsProperty().get().total()).isEqualTo(1);
        assertThat(board.columnCountText(Status.ASSIGNED).getValue()).isEqualTo("1/2");
        assertThat(board.statsProperty().get().total()).isEqualTo(2);

        // 全部事项 again.
        board.cardFilterProperty().set(null);
        board.boardScopeProperty().set((Predicate<Item>) null);
        assertThat(board.itemsProperty().get()).hasSize(3);
        assertThat(board.completionRateText().getValue()).isEqualTo("33.3%");
    }
}
