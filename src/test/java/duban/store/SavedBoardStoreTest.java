package duban.store;

import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.SETTING_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Source;
import duban.domain.boards.BoardScope;
import duban.domain.boards.SavedBoard;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved boards on a real database file: create, rename, new scope, order, delete, unique names, the log. */
class SavedBoardStoreTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 30).atZone(ZONE).toInstant(),
            ZONE);
    private static final BoardScope PROPOSALS = BoardScope.ofSources(Source.NPC_SUGGESTION, Source.CPPCC_PROPOSAL);

    @TempDir
    Path folder;

    private Database database;
    private SavedBoardStore store;

    @BeforeEach
    void openDatabase() throws Exception {
        database = where().open(folder, "boards");
        store = new SavedBoardStore(database.dsl(), CLOCK, () -> "王秘书");
    }

    @AfterEach
    void closeDatabase() {
        TestDatabase.discard(database);
    }

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    @Test
    void boardsAreListedInTheOrderTheyWereMadeWithTheirScopes() {
        assertThat(store.list()).isEmpty();
        SavedBoard petitions = store.create(" 信访件 ", BoardScope.ofSources(Source.PETITION));
        SavedBoard proposals = store.create("建议提案", PROPOSALS);
        assertThat(petitions.name()).isEqualTo("信访件");
        assertThat(store.list()).containsExactly(petitions, proposals);
        assertThat(store.list().get(1).scope()).isEqualTo(PROPOSALS);
    }

    @Test
    void renamingAndNewScopesAreKeptAndLoggedWithTheOperator() {
        SavedBoard board = store.create("信访", BoardScope.ofSources(Source.PETITION));
        store.rename(board.id(), "信访件");
        store.updateScope(board.id(), BoardScope.ofSources(Source.PETITION).withText("拖欠"));
        assertThat(store.list()).singleElement().satisfies(saved -> {
            assertThat(saved.name()).isEqualTo("信访件");
            assertThat(saved.scope().text()).isEqualTo("拖欠");
        });
        assertThat(store.changeCount(board.id())).isEqualTo(3);
        var last = database.dsl().selectFrom(SETTING_CHANGE).where(SETTING_CHANGE.KEY.eq("board." + board.id()))
                .orderBy(SETTING_CHANGE.ID.desc()).limit(1).fetchOne();
        assertThat(last.getOperator()).isEqualTo("王秘书");
        assertThat(last.getOldValue()).contains("\"name\":\"信访件\"").doesNotContain("拖欠");
        assertThat(last.getNewValue()).contains("\"text\":\"拖欠\"");
        // The same name again changes nothing and logs nothing.
        store.rename(board.id(), "信访件");
        assertThat(store.changeCount(board.id())).isEqualTo(3);
    }

    @Test
    void namesAreUniqueAndRefusedInChinese() {
        SavedBoard petitions = store.create("信访件", BoardScope.ofSources(Source.PETITION));
        SavedBoard proposals = store.create("建议提案", PROPOSALS);
        assertThatThrownBy(() -> store.create("信访件", BoardScope.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("已有名为“信访件”的看板，请换一个名称。");
        assertThatThrownBy(() -> store.rename(proposals.id(), " 信访件"))
                .hasMessage("已有名为“信访件”的看板，请换一个名称。");
        assertThatThrownBy(() -> store.create("  ", BoardScope.ALL)).hasMessage("请填写看板名称。");
        assertThatThrownBy(() -> store.create("长".repeat(51), BoardScope.ALL)).hasMessageContaining("不能超过 50 个字");
        assertThat(store.list()).containsExactly(petitions, proposals);
        assertThat(database.dsl().fetchCount(SETTING_CHANGE)).isEqualTo(2);
    }

    @Test
    void reorderingPutsTheTabsInTheUsersOrderAndLogsEachMovedBoard() {
        SavedBoard a = store.create("2026年政府工作报告", BoardScope.ofSources(Source.WORK_REPORT));
        SavedBoard b = store.create("领导批示件", BoardScope.ofSources(Source.LEADER_INSTRUCTION));
        SavedBoard c = store.create("建议提案", PROPOSALS);
        store.reorder(List.of(b.id(), a.id()));
        assertThat(store.list()).extracting(SavedBoard::name).containsExactly("领导批示件", "2026年政府工作报告", "建议提案");
        assertThat(store.changeCount(b.id())).isEqualTo(2);
        assertThat(store.changeCount(a.id())).isEqualTo(2);
        assertThat(store.changeCount(c.id())).isEqualTo(1); // third already
    }

    @Test
    void deletingABoardLosesNoItemAndIsLogged() {
        var unit = new UnitStore(database.dsl()).add("县信访局", duban.domain.UnitKind.COUNTY_DEPARTMENT);
        new ItemStore(database.dsl(), CLOCK).create(new duban.domain.ItemDraft("拖欠工资投诉", "", Source.PETITION,
                duban.domain.Category.KEY, unit.id(), List.of(), "张三", null, LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 12, 18)));
        int items = database.dsl().fetchCount(ITEM);
        assertThat(items).isEqualTo(1);
        SavedBoard board = store.create("信访件", BoardScope.ofSources(Source.PETITION));
        store.delete(board.id());
        assertThat(store.list()).isEmpty();
        assertThat(database.dsl().fetchCount(ITEM)).isEqualTo(items);
        assertThat(store.changeCount(board.id())).isEqualTo(2);
        assertThatThrownBy(() -> store.rename(board.id(), "别的")).hasMessageContaining("已被删除");
        // Its name is free again.
        assertThat(store.create("信访件", BoardScope.ALL).name()).isEqualTo("信访件");
    }

    @Test
    void theUsualBoardsAreMadeInOneGoSkippingNamesTaken() {
        store.create("信访件", BoardScope.ofSources(Source.PETITION).withText("拖欠"));
        List<SavedBoard> made = store.createAll(List.of(
                new SavedBoard(0, "领导批示件", BoardScope.ofSources(Source.LEADER_INSTRUCTION), 0),
                new SavedBoard(0, "信访件", BoardScope.ofSources(Source.PETITION), 0)));
        assertThat(made).extracting(SavedBoard::name).containsExactly("领导批示件");
        assertThat(store.list()).extracting(SavedBoard::name).containsExactly("信访件", "领导批示件");
        assertThat(store.list().get(0).scope().text()).isEqualTo("拖欠");
    }
}
