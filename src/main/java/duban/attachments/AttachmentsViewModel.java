package duban.attachments;

import duban.domain.Item;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import duban.ui.files.SafeFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * The state of the 附件 section of the details panel: the shown item's attachments (current and
 * removed), the selected one and its preview, and what the last action said. Every store call runs
 * through the {@link TaskRunner}; only the latest read for the shown item counts.
 */
public final class AttachmentsViewModel {

    /** The preview's bounds: the image is decoded at this size, never at the camera's full size. */
    static final double PREVIEW_WIDTH = 320;
    static final double PREVIEW_HEIGHT = 240;

    private final AttachmentPort port;
    private final TaskRunner tasks;
    private final AttachmentViewer viewer;
    private final TemporaryCopies copies;

    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ObservableList<Attachment> current = FXCollections.observableArrayList();
    private final ObservableList<Attachment> removed = FXCollections.observableArrayList();
    private final ObservableList<Attachment> readOnlyCurrent = FXCollections.unmodifiableObservableList(current);
    private final ObservableList<Attachment> readOnlyRemoved = FXCollections.unmodifiableObservableList(removed);
    private final ReadOnlyObjectWrapper<Attachment> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Image> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper(this, "previewText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    private Runnable afterChange = () -> { };
    private Consumer<String> onMessage = text -> { };
    private Object listRequest;
    private Object previewRequest;

    /**
     * @param viewer opens a temporary copy with the system's viewer
     */
    public AttachmentsViewModel(AttachmentPort port, TaskRunner tasks, AttachmentViewer viewer) {
        this.port = Objects.requireNonNull(port, "port");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.copies = new TemporaryCopies(port);
    }

    /** What runs after an attachment was added or removed (the board reads its cards' counts again). */
    public void setAfterChange(Runnable afterChange) {
        this.afterChange = Objects.requireNonNull(afterChange, "afterChange");
    }

    /** Where every message also goes (the board's message bar: a drop on a card has no panel open). */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = Objects.requireNonNull(onMessage, "onMessage");
    }

    /** Shows {@code shown}'s attachments (or nothing for {@code null}), read in the background. */
    public void show(Item shown) {
        Item previous = item.get();
        item.set(shown);
        if (shown == null) {
            listRequest = null;
            current.clear();
            removed.clear();
            select(null);
            message.set("");
            return;
        }
        if (previous == null || previous.id() != shown.id()) {
            current.clear();
            removed.clear();
            select(null);
            message.set("");
        }
        reload();
    }

    private void reload() {
        Item shown = item.get();
        if (shown == null) {
            return;
        }
        Object request = new Object();
        listRequest = request;
        tasks.run(() -> port.list(shown.id()), attachments -> {
            if (request != listRequest) {
                return;
            }
            List<Attachment> now = attachments.stream().filter(attachment -> !attachment.removed()).toList();
            List<Attachment> gone = attachments.stream().filter(Attachment::removed).toList();
            if (!current.equals(now)) {
                current.setAll(now);
            }
            if (!removed.equals(gone)) {
                removed.setAll(gone);
            }
            Attachment chosen = selected.get();
            if (chosen != null && now.stream().noneMatch(attachment -> attachment.id() == chosen.id())) {
                select(null);
            }
        }, failure -> {
            if (request == listRequest) {
                // Said in the section only: the board's message bar belongs to the user's own actions.
                message.set(Messages.get("attachments.listFailed", FailureText.describe(failure)));
                failed.set(true);
            }
        });
    }

    /**
     * Attaches {@code files} to {@code target} as {@code kind}, one by one: a file refused (not a
     * kind the office keeps, too big, unreadable) is named with its reason, the others are kept.
     */
    public void attach(Item target, List<Path> files, AttachmentKind kind) {
        attach(target, files, kind, added -> { });
    }

    /** As {@link #attach(Item, List, AttachmentKind)}, then {@code whenDone} with how many were added. */
    public void attach(Item target, List<Path> files, AttachmentKind kind, IntConsumer whenDone) {
        List<String> refusals = new ArrayList<>();
        List<Path> accepted = new ArrayList<>();
        for (Path file : files) {
            if (AttachmentFiles.accepted(file)) {
                accepted.add(file);
            } else {
                refusals.add(Messages.get("attachments.refused", file.getFileName(),
                        Messages.get("attachments.wrongType")));
            }
        }
        if (accepted.isEmpty()) {
            say(String.join(" ", refusals), true);
            whenDone.accept(0);
            return;
        }
        tasks.run(() -> {
            int added = 0;
            for (Path file : accepted) {
                try {
                    port.attach(target.id(), kind, file);
                    added++;
                } catch (Exception e) {
                    refusals.add(Messages.get("attachments.refused", file.getFileName(), reasonFor(e)));
                }
            }
            return added;
        }, added -> {
            String done = added == 0 ? "" : Messages.get("attachments.added", added, kind.label(), target.title());
            say((done + " " + String.join(" ", refusals)).strip(), !refusals.isEmpty());
            if (added > 0) {
                changed(target);
            }
            whenDone.accept(added);
        }, failure -> {
            say(FailureText.describe(failure), true);
            whenDone.accept(0);
        });
    }

    private static String reasonFor(Exception failure) {
        if (failure instanceof NoSuchFileException || failure instanceof java.nio.file.AccessDeniedException) {
            return Messages.get("attachments.unreadable");
        }
        return FailureText.describe(failure);
    }

    /** Opens a temporary copy of {@code attachment} with the system's viewer. */
    public void open(Attachment attachment) {
        tasks.run(() -> {
            viewer.open(copies.of(attachment));
            return attachment;
        }, opened -> say(Messages.get("attachments.opened", opened.fileName()), false),
                failure -> say(Messages.get("attachments.openFailed", attachment.fileName()), true));
    }

    /** Writes {@code attachment} to {@code target}, whole or not at all. */
    public void saveTo(Attachment attachment, Path target) {
        tasks.run(() -> {
            SafeFiles.writeAtomically(target, file -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    port.copyContent(attachment.id(), out);
                }
            });
            return target;
        }, saved -> say(Messages.get("attachments.saved", saved), false),
                failure -> say(Messages.get("attachments.saveFailed", target, FailureText.describe(failure)), true));
    }

    /** Removes {@code attachment} with {@code reason}: it stays in the file, folded away under 已移除. */
    public void remove(Attachment attachment, String reason) {
        Item shown = item.get();
        tasks.run(() -> port.remove(attachment.id(), reason), gone -> {
            say(Messages.get("attachments.removed", gone.fileName()), false);
            if (shown != null) {
                changed(shown);
            }
        }, failure -> say(FailureText.describe(failure), true));
    }

    private void changed(Item target) {
        if (item.get() != null && item.get().id() == target.id()) {
            reload();
        }
        afterChange.run();
    }

    /** Selects {@code attachment} (or none): a picture is previewed, another file shows its type and name. */
    public void select(Attachment attachment) {
        selected.set(attachment);
        preview.set(null);
        previewRequest = null;
        if (attachment == null) {
            previewText.set("");
            return;
        }
        if (!AttachmentFiles.isImage(attachment.fileName())) {
            previewText.set(Messages.get("attachments.previewType", AttachmentFiles.typeName(attachment.fileName()),
                    attachment.fileName()));
            return;
        }
        previewText.set(Messages.get("attachments.previewLoading"));
        Object request = new Object();
        previewRequest = request;
        tasks.run(() -> copies.of(attachment), copy -> {
            if (request != previewRequest) {
                return;
            }
            // Decoded by JavaFX's own loader in the background, at the preview's size only.
            Image image = new Image(copy.toUri().toString(), PREVIEW_WIDTH, PREVIEW_HEIGHT, true, true, true);
            image.exceptionProperty().addListener((observable, before, error) -> {
                if (error != null && request == previewRequest) {
                    previewText.set(Messages.get("attachments.previewFailed"));
                }
            });
            preview.set(image);
            previewText.set("");
        }, failure -> {
            if (request == previewRequest) {
                previewText.set(Messages.get("attachments.previewFailed"));
            }
        });
    }

    private void say(String text, boolean failure) {
        message.set(text);
        failed.set(failure);
        onMessage.accept(text);
    }

    /** The item shown, or {@code null}. */
    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** The attachments not removed, oldest first. */
    public ObservableList<Attachment> current() {
        return readOnlyCurrent;
    }

    /** The removed attachments, each with its reason. */
    public ObservableList<Attachment> removed() {
        return readOnlyRemoved;
    }

    public ReadOnlyObjectProperty<Attachment> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected picture, scaled to the preview's bounds, or {@code null}. */
    public ReadOnlyObjectProperty<Image> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the preview says instead of a picture (a PDF's type and name, loading, failed), or empty. */
    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    /** What the last action said, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether that message tells of a refusal or a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** For tests: the copies opened and previewed. */
    Path copyFolder() throws IOException {
        return copies.folder();
    }
}
