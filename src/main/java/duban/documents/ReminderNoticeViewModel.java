package duban.documents;

import duban.documents.drafting.DocumentContent;
import duban.documents.drafting.DocumentDrafter;
import duban.documents.drafting.DocumentFormat;
import duban.domain.Texts;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.BackgroundJob;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 保存催办单: offered once a 催办 by 督办单 is recorded with its number; drafts that 催办单 to the file
 * chosen, in the background. The number is issued already: closing without saving loses nothing,
 * the 催办单 can be saved again later under the same number.
 */
public final class ReminderNoticeViewModel {

    private final DocumentContent.ReminderNotice content;
    private final byte[] template;
    private final DocumentDrafter drafter;
    private final BackgroundJob job;
    private final ObjectProperty<DocumentFormat> format = new SimpleObjectProperty<>(this, "format", DocumentFormat.DOCX);
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param template the office's 催办单 template, or {@code null} for the built-in one */
    public ReminderNoticeViewModel(DocumentContent.ReminderNotice content, byte[] template, DocumentDrafter drafter,
                                   BackgroundJob job) {
        this.content = content;
        this.template = template;
        this.drafter = drafter;
        this.job = job;
    }

    public String windowTitle() {
        return Messages.get("documents.reminder.title");
    }

    /** 已登记催办：title；催办〔2026〕第 1 号，红色督办单. */
    public String summary() {
        return Messages.get("documents.reminder.summary", content.item().title(),
                content.issued().numberText(content.letterhead().reminderPrefix()), content.level().label());
    }

    /** The name the file dialog suggests: 催办〔2026〕第1号 title. */
    public String suggestedName() {
        return Texts.fileNamePart(content.issued().numberText(content.letterhead().reminderPrefix()).replace(" ", "")
                + " " + content.item().title());
    }

    /** 保存: drafts the 催办单 to the file chosen. */
    public void save() {
        if (job.runningProperty().get()) {
            return;
        }
        String typed = target.get() == null ? "" : target.get().strip();
        if (typed.isEmpty()) {
            message.set(Messages.get("documents.notice.chooseFile"));
            return;
        }
        DocumentFormat chosen = format.get();
        Path file = NoticeFiles.withExtension(Path.of(typed), chosen);
        message.set(Messages.get("documents.reminder.drafting"));
        job.start(Messages.get("documents.reminder.drafting"), progress -> {
            progress.advance(0, 1);
            drafter.write(content, template, chosen, file, progress::isCancelled);
            progress.update(1, 1);
            return file;
        }, BackgroundJob.telling(message::set,
                written -> Messages.get("documents.reminder.done", written.toAbsolutePath()),
                failure -> Messages.get("documents.reminder.failed", FailureText.describe(failure)),
                Messages.get("documents.reminder.cancelled")));
    }

    public void cancel() {
        job.cancel();
    }

    public boolean isBusy() {
        return job.runningProperty().get();
    }

    public DocumentContent.ReminderNotice content() {
        return content;
    }

    public ObjectProperty<DocumentFormat> formatProperty() {
        return format;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BackgroundJob job() {
        return job;
    }
}
