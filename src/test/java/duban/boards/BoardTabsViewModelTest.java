package duban.boards;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Source;
import duban.domain.boards.BoardScope;
import duban.domain.boards.SavedBoard;
import duban.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tabs' state over a port kept in memory, the work run inline: no FX toolkit needed. */
class BoardTabsViewModelTest {

    /** Saved boards in a list, refusing a taken name as the store does. */
    private static final class MemoryBoards implements SavedBoardsPort {
        final List<SavedBoard> boards = new ArrayList<>();
        private long nextId = 1;

        @Override
        public List<SavedBoard> list() {
            return List.copyOf(boards);
        }

        @Override
        public SavedBoard create(String name, BoardScope scope) {
            if (boards.stream().anyMatch(board -> board.name().equals(name))) {
                throw new IllegalArgumentException("已有名为“" + name + "”的看板，请换一个名称。");
            }
            SavedBoard board = new SavedBoard(nextId++, name, scope, boards.size() + 1);
            boards.add(board);
            return board;
        }

        @Override
        public List<SavedBoard> createAll(List<SavedBoard> wanted) {
            return wanted.stream().map(board -> create(board.name(), board.scope())).toList();
        }

        @Override
        public SavedBoard rename(long id, String newName) {
            return replace(id, board -> new SavedBoard(id, newName, board.scope(), board.sortOrder()));
        }

        @Override
        public SavedBoard updateScope(long id, BoardScope scope) {
            return replace(id, board -> new SavedBoard(id, board.name(), scope, board.sortOrder()));
        }

        private SavedBoard replace(long id, java.util.function.UnaryOperator<SavedBoard> change) {
            for (int i = 0; i < boards.size(); i++) {
                if (boards.get(i).id() == id) {
                    boards.set(i, change.apply(boards.get(i)));
                    return boards.get(i);
                }
            }
            throw new IllegalArgumentException("这个看板已被删除");
        }

        @Override
        public void delete(long id) {
            boards.removeIf(board -> board.id() == id);
        }

        @Override
        public List<SavedBoard> reorder(List<Long> idsInOrder) {
            boards.sort(java.util.Comparator.comparingInt(board -> idsInOrder.indexOf(board.id())));
            return list();
        }
    }

    private final MemoryBoards port = new MemoryBoards();
    private final List<String> messages = new ArrayList<>();
    private BoardScope filter = BoardScope.ALL;
    private int filterCleared;
    private final BoardTabsViewModel tabs = new BoardTabsViewModel(port, TaskRunner.inline(), () -> filter,
            () -> filterCleared++, messages::add);

    @Test
    void theUsualBoardsAreOfferedOnlyWhileNoneIsSaved() {
        assertThat(tabs.offerUsualProperty().get()).isFalse(); // not read yet
        tabs.reload();
        assertThat(tabs.offerUsualProperty().get()).isTrue();
        tabs.createUsualBoards();
        assertThat(tabs.boards()).extracting(SavedBoard::name)
                .containsExactly("2026年政府工作报告", "领导批示件", "建议提案", "信访件");
        assertThat(tabs.boards().get(2).scope()).isEqualTo(BoardScope.ofSources(Source.NPC_SUGGESTION, Source.CPPCC_PROPOSAL));
        assertThat(tabs.offerUsualProperty().get()).isFalse();
        assertThat(messages).containsExactly("已建立 4 个常用看板。");
    }

    @Test
    void theChosenBoardGivesItsScopeAndItsOneSourceToNewItems() {
        tabs.reload();
        tabs.createUsualBoards();
        assertThat(tabs.chosenScopeProperty().get()).isEqualTo(BoardScope.ALL);
        assertThat(tabs.defaultSource()).isEmpty();
        tabs.choose(tabs.boards().get(3));
        assertThat(tabs.chosenScopeProperty().get()).isEqualTo(BoardScope.ofSources(Source.PETITION));
        assertThat(tabs.defaultSource()).contains(Source.PETITION);
        tabs.choose(tabs.boards().get(2)); // 建议提案: two sources, no default
        assertThat(tabs.defaultSource()).isEmpty();
    }

    @Test
    void savingTheFilterNarrowsTheChosenBoardChoosesTheNewOneAndClearsTheFilter() {
        tabs.reload();
        tabs.createUsualBoards();
        tabs.choose(tabs.boards().get(3));
        filter = BoardScope.ALL.withText("拖欠");
        tabs.saveAs("拖欠工资信访");
        SavedBoard saved = tabs.chosenProperty().get();
        assertThat(saved.name()).isEqualTo("拖欠工资信访");
        assertThat(saved.scope()).isEqualTo(BoardScope.ofSources(Source.PETITION).withText("拖欠"));
        assertThat(filterCleared).isEqualTo(1);

        tabs.saveAs("拖欠工资信访");
        assertThat(messages).last().asString().isEqualTo("看板未能保存：已有名为“拖欠工资信访”的看板，请换一个名称。");
        assertThat(tabs.boards()).hasSize(5);
    }

    @Test
    void renamingRescopingMovingAndDeletingKeepTheChoiceRight() {
        tabs.reload();
        tabs.createUsualBoards();
        SavedBoard petitions = tabs.boards().get(3);
        tabs.choose(petitions);
        tabs.rename(petitions, "信访事项");
        tabs.updateScope(tabs.chosenProperty().get(), BoardScope.ofSources(Source.PETITION, Source.OTHER));
        assertThat(tabs.chosenProperty().get().name()).isEqualTo("信访事项");
        assertThat(tabs.chosenScopeProperty().get().sources()).containsExactlyInAnyOrder(Source.PETITION, Source.OTHER);

        tabs.move(tabs.chosenProperty().get(), -3);
        assertThat(tabs.boards()).extracting(SavedBoard::name).first().isEqualTo("信访事项");
        assertThat(tabs.chosenProperty().get().name()).isEqualTo("信访事项");

        // Deleted on another PC meanwhile: the next read shows 全部事项.
        port.delete(petitions.id());
        tabs.reload();
        assertThat(tabs.chosenProperty().get()).isNull();
        tabs.choose(tabs.boards().get(0));
        tabs.delete(tabs.boards().get(0));
        assertThat(tabs.chosenProperty().get()).isNull();
        assertThat(tabs.boards()).hasSize(2);
    }
}
