package duban.ui.forms;

import javafx.scene.Node;

/**
 * The controller of a form's FXML file as a {@link FormDialog} uses it: made with its view model
 * (which the factory hands to the loader), it gives that model and the field to start in.
 *
 * @param <R> what the form gives when accepted
 */
public interface FormView<R> {

    /** The state behind the form. */
    FormModel<R> viewModel();

    /** The field the caret starts in; asked after loading. */
    Node firstField();
}
