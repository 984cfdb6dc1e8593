package duban.editor;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.ItemLinks;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** 办结销号 for a category that requires 佐证材料 (issue 17): said, offered, and only then confirmable. */
class ClosingEvidenceTest {

    private final List<Runnable> pendingAdds = new ArrayList<>();

    private ClosingViewModel filledIn(Item item) {
        ClosingViewModel closing = new ClosingViewModel(item, ClosingViewModelTest.CLOCK);
        closing.noteProperty().set("已完成改造并通过验收");
        return closing;
    }

    @Test
    void withoutEvidenceTheFormSaysSoAndWaitsForOneToBeAdded() {
        ClosingViewModel closing = filledIn(ClosingViewModelTest.awaitingFeedback("老旧小区改造项目开工"));
        assertThat(closing.isValid()).isTrue();

        closing.requireEvidence((Window owner, Runnable added) -> pendingAdds.add(added));
        assertThat(closing.isValid()).isFalse();
        assertThat(closing.needsEvidence()).isTrue();
        assertThat(closing.evidenceMessageProperty().get())
                .isEqualTo("“重点督办”类事项办结前须有佐证材料，本事项还没有。请先添加佐证材料。");

        closing.addEvidence(null);
        assertThat(closing.isValid()).as("not before the file is stored").isFalse();
        pendingAdds.get(0).run();
        assertThat(closing.isValid()).isTrue();
        assertThat(closing.evidenceMessageProperty().get()).isEqualTo("已添加佐证材料，可以办结。");
    }

    @Test
    void anItemWithEvidenceClosesAsBefore() {
        Item item = ClosingViewModelTest.awaitingFeedback("老旧小区改造项目开工")
                .withLinks(new ItemLinks(null, 0, 0, null, null, false, 2, 1));
        ClosingViewModel closing = filledIn(item);
        closing.requireEvidence((owner, added) -> pendingAdds.add(added));
        assertThat(closing.isValid()).isTrue();
        assertThat(closing.evidenceMessageProperty().get()).isEmpty();
    }
}
