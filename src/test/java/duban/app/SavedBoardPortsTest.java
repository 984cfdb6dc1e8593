package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Source;
import duban.domain.boards.BoardScope;
import duban.ledger.view.LedgerViewModel;
import duban.testing.TestItems;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The 督办台账 follows the chosen saved board: its store reads only that board's items, withdrawn ones too. */
class SavedBoardPortsTest {

    @Test
    void theLedgerReadsTheChosenBoardsItemsOnly() {
        Item petition = TestItems.item(1, "拖欠工资投诉").source(Source.PETITION).build();
        Item withdrawnPetition = TestItems.item(2, "重复投诉").source(Source.PETITION).withdrawn().build();
        Item instruction = TestItems.item(3, "县城区供水管网改造").source(Source.LEADER_INSTRUCTION).build();
        LedgerViewModel.Store all = new LedgerViewModel.Store() {
            @Override
            public LedgerViewModel.LedgerData load() {
                return new LedgerViewModel.LedgerData(List.of(petition, withdrawnPetition, instruction), Map.of(),
                        List.of(TestItems.FINANCE), "县政府督查室");
            }

            @Override
            public void saveOfficeName(String officeName) {
            }
        };
        AtomicReference<BoardScope> chosen = new AtomicReference<>(BoardScope.ALL);
        LedgerViewModel.Store following = SavedBoardPorts.followingBoard(all, chosen::get);

        assertThat(following.load().items()).hasSize(3);
        chosen.set(BoardScope.ofSources(Source.PETITION));
        LedgerViewModel.LedgerData petitions = following.load();
        assertThat(petitions.items()).containsExactly(petition, withdrawnPetition);
        assertThat(petitions.officeName()).isEqualTo("县政府督查室");
        assertThat(petitions.units()).containsExactly(TestItems.FINANCE);
    }
}
