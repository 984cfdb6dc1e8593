package duban.attachments;

import duban.domain.attachments.AttachmentKind;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.CjkFonts;
import duban.ui.OwnedWindows;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks once what the chosen or dropped files are (批示件, 通知单回执, 佐证材料, 其他). */
final class KindDialog extends Dialog<AttachmentKind> {

    KindDialog(Window owner, List<Path> files, AttachmentKind suggested) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("attachments.kind.title"));
        setHeaderText(Messages.get("attachments.kind.header", files.size(),
                files.stream().map(file -> String.valueOf(file.getFileName())).limit(5)
                        .collect(Collectors.joining("、"))));
        ToggleGroup kinds = new ToggleGroup();
        VBox choices = new VBox(8);
        choices.setId("attachment-kinds");
        for (AttachmentKind kind : AttachmentKind.values()) {
            RadioButton choice = new RadioButton(kind.label());
            choice.setId("attachment-kind-" + kind.name());
            choice.setUserData(kind);
            choice.setToggleGroup(kinds);
            choice.setSelected(kind == suggested);
            choices.getChildren().add(choice);
        }
        Label hint = new Label(Messages.get("attachments.kind.hint"));
        hint.setWrapText(true);
        choices.getChildren().add(hint);
        getDialogPane().setContent(choices);
        getDialogPane().setId("attachment-kind-dialog");
        getDialogPane().getButtonTypes().setAll(Buttons.OK, Buttons.CANCEL);
        getDialogPane().lookupButton(Buttons.OK).setId("attachment-kind-ok");
        getDialogPane().lookupButton(Buttons.OK).disableProperty().bind(kinds.selectedToggleProperty().isNull());
        CjkFonts.apply(getDialogPane());
        OwnedWindows.dialog(this);
        setResultConverter(button -> button == Buttons.OK && kinds.getSelectedToggle() != null
                ? (AttachmentKind) kinds.getSelectedToggle().getUserData() : null);
    }
}
