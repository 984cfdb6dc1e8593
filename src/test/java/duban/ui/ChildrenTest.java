package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

class ChildrenTest {

    private final VBox box = new VBox();
    private final Region a = new Region();
    private final Region b = new Region();
    private final Region c = new Region();
    private final Region fresh = new Region();
    private final List<Node> removed = new ArrayList<>();
    private final List<Node> added = new ArrayList<>();

    ChildrenTest() {
        box.getChildren().setAll(a, b, c);
        box.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
                added.addAll(change.getAddedSubList());
            }
        });
    }

    @Test
    void aLineOnTopIsInsertedAndNoOtherNodeLeaves() {
        Children.replace(box.getChildren(), List.of(fresh, a, b, c));

        assertThat(box.getChildren()).containsExactly(fresh, a, b, c);
        assertThat(added).containsExactly(fresh);
        assertThat(removed).isEmpty();
    }

    @Test
    void onlyTheChangedMiddleIsReplaced() {
        Children.replace(box.getChildren(), List.of(a, fresh, c));

        assertThat(box.getChildren()).containsExactly(a, fresh, c);
        assertThat(removed).containsExactly(b);
        assertThat(added).containsExactly(fresh);
    }

    @Test
    void theSameNodesChangeNothing() {
        Children.replace(box.getChildren(), List.of(a, b, c));

        assertThat(box.getChildren()).containsExactly(a, b, c);
        assertThat(added).isEmpty();
        assertThat(removed).isEmpty();
    }

    @Test
    void anotherListReplacesEverything() {
        Children.replace(box.getChildren(), List.of(fresh));
        assertThat(box.getChildren()).containsExactly(fresh);

        Children.replace(box.getChildren(), List.of());
        assertThat(box.getChildren()).isEmpty();
        assertThat(removed).containsExactly(a, b, c, fresh);
    }

    @Test
    void aRemovedMiddleLeavesTheEndsInPlace() {
        // The common start and the common end must not overlap when the list shrinks.
        Children.replace(box.getChildren(), List.of(a, c));

        assertThat(box.getChildren()).containsExactly(a, c);
        assertThat(removed).containsExactly(b);
        assertThat(added).isEmpty();
    }
}
