package duban.ledger.view;

import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.BackgroundJob;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How writing a ledger file in the background (an export, the preview's PDF) went, as the
 * window's message: where it was written, why it failed, or that it was cancelled.
 */
final class FileWritten implements BackgroundJob.Outcome<Path> {

    private final Consumer<String> message;
    private final Path target;
    private final Function<Path, String> doneText;

    /** @param doneText the message for the written file (given its path) */
    FileWritten(Consumer<String> message, Path target, Function<Path, String> doneText) {
        this.message = Objects.requireNonNull(message, "message");
        this.target = Objects.requireNonNull(target, "target");
        this.doneText = Objects.requireNonNull(doneText, "doneText");
    }

    @Override
    public void done(Path written) {
        message.accept(doneText.apply(written));
    }

    @Override
    public void failed(Throwable failure) {
        message.accept(Messages.get("ledger.exportFailed", target.getFileName(), FailureText.describe(failure)));
    }

    @Override
    public void cancelled() {
        message.accept(Messages.get("ledger.exportCancelled", target.getFileName()));
    }
}
