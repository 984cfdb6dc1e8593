package duban.documents;

import duban.documents.drafting.DocumentContent;
import duban.documents.drafting.DocumentDrafter;
import duban.documents.drafting.DocumentFormat;
import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.Letterhead;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.BackgroundJob;
import duban.ui.TaskRunner;
import duban.ui.forms.DateField;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 督查通报: the period (本周 … 上季度 or 自定义 from–to), the source (全部来源 or one), the format and
 * the file. 生成 reads the figures on the store thread, then drafts the 通报 in the background.
 */
public final class BulletinViewModel {

    private final DocumentDesk desk;
    private final TaskRunner store;
    private final DocumentDrafter drafter;
    private final BackgroundJob job;
    private final Clock clock;
    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>(this, "choice", PeriodChoice.LAST_WEEK);
    private final DateField from;
    private final DateField to;
    /** One 事项来源, or {@code null} for 全部来源. */
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<DocumentFormat> format = new SimpleObjectProperty<>(this, "format", DocumentFormat.DOCX);
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper(this, "periodText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");

    public BulletinViewModel(DocumentDesk desk, TaskRunner store, DocumentDrafter drafter, BackgroundJob job,
                             Clock clock) {
        this.desk = desk;
        this.store = store;
        this.drafter = drafter;
        this.job = job;
        this.clock = clock;
        LocalDate today = LocalDate.now(clock);
        ReportPeriod thisMonth = ReportPeriod.monthOf(today);
        from = new DateField(thisMonth.from());
        to = new DateField(today);
        choice.addListener((observable, old, now) -> describePeriod());
        from.dateProperty().addListener((observable, old, now) -> describePeriod());
        to.dateProperty().addListener((observable, old, now) -> describePeriod());
        from.malformedProperty().addListener((observable, old, now) -> describePeriod());
        to.malformedProperty().addListener((observable, old, now) -> describePeriod());
        describePeriod();
    }

    public String windowTitle() {
        return Messages.get("documents.bulletin.title");
    }

    /**
     * The period chosen, or empty with {@link #periodText} saying what is wrong (a date missing or
     * not a date, or the start after the end).
     */
    public Optional<ReportPeriod> period() {
        PeriodChoice chosen = choice.get();
        if (chosen == PeriodChoice.CUSTOM) {
            if (from.isMalformed() || from.getDate() == null || to.isMalformed() || to.getDate() == null) {
                return Optional.empty();
            }
            if (from.getDate().isAfter(to.getDate())) {
                return Optional.empty();
            }
        }
        return Optional.of(chosen.period(LocalDate.now(clock), from.getDate(), to.getDate()));
    }

    private void describePeriod() {
        Optional<ReportPeriod> period = period();
        if (period.isPresent()) {
            periodText.set(Messages.get("documents.bulletin.period", period.get().from().toString(),
                    period.get().to().toString()));
        } else if (from.isMalformed() || from.getDate() == null || to.isMalformed() || to.getDate() == null) {
            periodText.set(Messages.get("documents.bulletin.datesMissing"));
        } else {
            periodText.set(Messages.get("documents.bulletin.backwards"));
        }
    }

    /** Whether {@link #periodText} is a refusal rather than the period. */
    public boolean periodInvalid() {
        return period().isEmpty();
    }

    /** 生成: the figures, then the 通报 file. */
    public void generate() {
        if (isBusy()) {
            return;
        }
        Optional<ReportPeriod> period = period();
        if (period.isEmpty()) {
            message.set(periodText.get());
            return;
        }
        String typed = target.get() == null ? "" : target.get().strip();
        if (typed.isEmpty()) {
            message.set(Messages.get("documents.bulletin.chooseFile"));
            return;
        }
        DocumentFormat chosenFormat = format.get();
        Path file = NoticeFiles.withExtension(Path.of(typed), chosenFormat);
        Source chosenSource = source.get();
        LocalDate today = LocalDate.now(clock);
        reading.set(true);
        message.set(Messages.get("documents.bulletin.reading"));
        store.run(() -> new Read(desk.figures(period.get(), chosenSource), desk.letterhead(),
                desk.templateBytes(DocumentKind.BULLETIN)), read -> {
                    reading.set(false);
                    message.set(Messages.get("documents.bulletin.drafting"));
                    job.start(Messages.get("documents.bulletin.drafting"), progress -> {
                        progress.advance(0, 1);
                        drafter.write(new DocumentContent.Bulletin(read.figures(), read.letterhead(), today),
                                read.template(), chosenFormat, file, progress::isCancelled);
                        progress.update(1, 1);
                        return file;
                    }, BackgroundJob.telling(message::set,
                            written -> Messages.get("documents.bulletin.done", written.toAbsolutePath()),
                            failure -> Messages.get("documents.bulletin.failed", FailureText.describe(failure)),
                            Messages.get("documents.bulletin.cancelled")));
                }, failure -> {
                    reading.set(false);
                    message.set(Messages.get("documents.bulletin.failed", FailureText.describe(failure)));
                });
    }

    private record Read(BulletinFigures figures, Letterhead letterhead, byte[] template) {
    }

    public void cancel() {
        job.cancel();
    }

    public boolean isBusy() {
        return reading.get() || job.runningProperty().get();
    }

    public ObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    /** 自定义: from. */
    public DateField from() {
        return from;
    }

    /** 自定义: to. */
    public DateField to() {
        return to;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<DocumentFormat> formatProperty() {
        return format;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** 时段：2026-11-09 至 2026-11-15, or why there is none. */
    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public BackgroundJob job() {
        return job;
    }
}
