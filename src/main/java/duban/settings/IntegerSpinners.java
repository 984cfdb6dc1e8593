package duban.settings;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Sets up the settings' number spinners: typed or stepped, bound to a view-model property. */
final class IntegerSpinners {

    private IntegerSpinners() {
    }

    /**
     * Binds {@code spinner} to {@code value} within {@code min..max}. Typed text is taken on Enter and
     * when the spinner loses the focus; text that is not a number puts back the value it had.
     */
    static SpinnerValueFactory.IntegerSpinnerValueFactory bind(Spinner<Integer> spinner, int min, int max,
                                                               ObjectProperty<Integer> value) {
        int initial = value.get() == null ? min : value.get();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : String.valueOf(number);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException | NullPointerException notANumber) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        factory.valueProperty().bindBidirectional(value);
        spinner.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                spinner.commitValue();
                // An unchanged value leaves the typed text; show the number the spinner holds.
                spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
            }
        });
        return factory;
    }
}
