package duban.app;

import duban.boards.SavedBoardsPort;
import duban.domain.boards.BoardScope;
import duban.domain.boards.SavedBoard;
import duban.ledger.view.LedgerViewModel;
import duban.store.SavedBoardStore;
import java.util.List;
import java.util.function.Supplier;

/** The saved boards' port over the store, and the ledger's store narrowed to the chosen board. */
final class SavedBoardPorts {

    private SavedBoardPorts() {
    }

    /** The board tabs' port: the store's methods one for one. */
    static SavedBoardsPort port(SavedBoardStore store) {
        return new SavedBoardsPort() {
            @Override
            public List<SavedBoard> list() {
                return store.list();
            }

            @Override
            public SavedBoard create(String name, BoardScope scope) {
                return store.create(name, scope);
            }

            @Override
            public List<SavedBoard> createAll(List<SavedBoard> boards) {
                return store.createAll(boards);
            }

            @Override
            public SavedBoard rename(long id, String newName) {
                return store.rename(id, newName);
            }

            @Override
            public SavedBoard updateScope(long id, BoardScope scope) {
                return store.updateScope(id, scope);
            }

            @Override
            public void delete(long id) {
                store.delete(id);
            }

            @Override
            public List<SavedBoard> reorder(List<Long> idsInOrder) {
                return store.reorder(idsInOrder);
            }
        };
    }

    /**
     * The 督办台账's store keeping to the chosen board: its items are those {@code chosen} covers
     * (withdrawn ones too, as the ledger counts them apart); {@code chosen} is read on the store
     * thread, so it must be safe to read there. Everything else as {@code store} reads it.
     */
    static LedgerViewModel.Store followingBoard(LedgerViewModel.Store store, Supplier<BoardScope> chosen) {
        return new LedgerViewModel.Store() {
            @Override
            public LedgerViewModel.LedgerData load() {
                LedgerViewModel.LedgerData all = store.load();
                BoardScope scope = chosen.get();
                if (scope.isAll()) {
                    return all;
                }
                return new LedgerViewModel.LedgerData(all.items().stream().filter(scope::covers).toList(),
                        all.latestReports(), all.operators(), all.units(), all.officeName());
            }

            @Override
            public void saveOfficeName(String officeName) {
                store.saveOfficeName(officeName);
            }
        };
    }
}
