package duban.domain.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemLinks;
import duban.domain.Source;
import duban.testing.TestItems;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A saved board's scope: which items it keeps, and its JSON text that round-trips. */
class BoardScopeTest {

    private final Item workReport = TestItems.item(1, "推进老旧小区改造").source(Source.WORK_REPORT)
            .category(Category.KEY).lead(TestItems.HOUSING).assist(TestItems.FINANCE).build();
    private final Item suggestion = TestItems.item(2, "关于增设公交线路的建议").source(Source.NPC_SUGGESTION)
            .category(Category.ROUTINE).lead(TestItems.TOWN).build();
    private final Item proposal = TestItems.item(3, "关于加强河道治理的提案").source(Source.CPPCC_PROPOSAL)
            .category(Category.URGENT).lead(TestItems.WATER).build();

    @Test
    void allKeepsEveryItemButWithdrawnOnes() {
        assertThat(List.of(workReport, suggestion, proposal)).allMatch(BoardScope.ALL::matches);
        assertThat(BoardScope.ALL.matches(TestItems.from(workReport).withdrawn().build())).isFalse();
        assertThat(BoardScope.ALL.isAll()).isTrue();
    }

    @Test
    void anyOfItsSourcesMatches() {
        BoardScope proposals = BoardScope.ofSources(Source.NPC_SUGGESTION, Source.CPPCC_PROPOSAL);
        assertThat(proposals.matches(suggestion)).isTrue();
        assertThat(proposals.matches(proposal)).isTrue();
        assertThat(proposals.matches(workReport)).isFalse();
        assertThat(proposals.singleSource()).isEmpty();
        assertThat(BoardScope.ofSources(Source.PETITION).singleSource()).contains(Source.PETITION);
    }

    @Test
    void setCriteriaMustAllHold() {
        BoardScope keyHousing = BoardScope.ALL.withCategories(Set.of(Category.KEY))
                .withLeadUnitIds(Set.of(TestItems.HOUSING.id(), TestItems.WATER.id()));
        assertThat(keyHousing.matches(workReport)).isTrue();
        assertThat(keyHousing.matches(proposal)).isFalse(); // 水利局 leads, but 紧急 is not 重点
        assertThat(keyHousing.withText("老旧小区").matches(workReport)).isTrue();
        assertThat(keyHousing.withText("河道").matches(workReport)).isFalse();
    }

    @Test
    void oneUnitsBoardKeepsItsItemsAsLeadOrAssistingUnit() {
        BoardScope finance = BoardScope.ALL.withUnitId(TestItems.FINANCE.id());
        assertThat(finance.matches(workReport)).isTrue(); // 财政局 assists
        assertThat(finance.matches(suggestion)).isFalse();
        assertThat(BoardScope.ALL.withUnitId(TestItems.TOWN.id()).matches(suggestion)).isTrue(); // leads
    }

    @Test
    void recurringAndDecomposedFlagsFollowTheItemsLinks() {
        Item occurrence = workReport.withLinks(new ItemLinks(null, 0, 0, 7L, "每月25日", false, 0, 0));
        Item child = suggestion.withLinks(new ItemLinks(1L, 0, 0, null, null, false, 0, 0));
        assertThat(BoardScope.ALL.withRecurringOnly(true).matches(occurrence)).isTrue();
        assertThat(BoardScope.ALL.withRecurringOnly(true).matches(workReport)).isFalse();
        assertThat(BoardScope.ALL.withDecomposedOnly(true).matches(child)).isTrue();
        assertThat(BoardScope.ALL.withDecomposedOnly(true).matches(suggestion)).isFalse();
    }

    @Test
    void itsTextIsReadableJsonThatRoundTrips() {
        BoardScope scope = BoardScope.ofSources(Source.CPPCC_PROPOSAL, Source.NPC_SUGGESTION)
                .withLeadUnitIds(Set.of(3L, 1L)).withCategories(Set.of(Category.URGENT))
                .withText("河道 \"治理\"\\ 第二批\t完").withUnitId(4L).withRecurringOnly(true).withDecomposedOnly(true);
        String text = scope.toText();
        assertThat(text).isEqualTo("{\"sources\":[\"NPC_SUGGESTION\",\"CPPCC_PROPOSAL\"],\"leadUnits\":[1,3],"
                + "\"categories\":[\"URGENT\"],\"text\":\"河道 \\\"治理\\\"\\\\ 第二批\\u0009完\",\"unit\":4,"
                + "\"recurring\":true,\"decomposed\":true}");
        assertThat(BoardScope.parse(text)).isEqualTo(scope);
        assertThat(BoardScope.ALL.toText()).isEqualTo("{}");
        assertThat(BoardScope.parse("{}")).isEqualTo(BoardScope.ALL);
        assertThat(BoardScope.parse(" { \"sources\" : [ \"PETITION\" ] , \"future\": {\"x\": [1, null]} } "))
                .isEqualTo(BoardScope.ofSources(Source.PETITION));
    }

    @Test
    void unknownSourcesAreSkippedAndBrokenTextIsRefused() {
        assertThat(BoardScope.parse("{\"sources\":[\"PETITION\",\"SOMETHING_NEW\"]}"))
                .isEqualTo(BoardScope.ofSources(Source.PETITION));
        for (String broken : List.of("", "[]", "{\"sources\":[\"PETITION\"]", "{\"text\":\"open}", "{} x")) {
            assertThatThrownBy(() -> BoardScope.parse(broken)).as(broken).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
