package duban.ui.forms;

import javafx.beans.value.ObservableBooleanValue;

/**
 * A form's view model as a {@link FormDialog} uses it: the window's title, whether the form may be
 * accepted, and what it then gives.
 *
 * @param <R> what the form gives when accepted
 */
public interface FormModel<R> {

    /** The window title, such as 办理进展: “item title”. */
    String windowTitle();

    /** Whether the form may be accepted now. */
    ObservableBooleanValue validProperty();

    /** What the form gives; asked only while it is valid. */
    R toInput();
}
