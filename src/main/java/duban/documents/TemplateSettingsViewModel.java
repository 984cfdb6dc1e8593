package duban.documents;

import duban.documents.drafting.DocumentDrafter;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.DocumentTemplate;
import duban.domain.documents.Letterhead;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 文书设置: the letterhead (发文机关, 落款, 联系人及电话, the 字 of each number) and, for each kind, the
 * template in use: export the built-in or the current one, import the office's own (checked first:
 * a template with problems replaces nothing), back to the built-in. Read-only opens only look.
 */
public final class TemplateSettingsViewModel {

    private static final DateTimeFormatter IMPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentDesk desk;
    private final TaskRunner store;
    private final DocumentDrafter drafter;
    private final String readOnlyReason;
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final StringProperty noticePrefix = new SimpleStringProperty(this, "noticePrefix", "");
    private final StringProperty reminderPrefix = new SimpleStringProperty(this, "reminderPrefix", "");
    private final Map<DocumentKind, ReadOnlyStringWrapper> current = new EnumMap<>(DocumentKind.class);
    private final Map<DocumentKind, Optional<DocumentTemplate>> templates = new EnumMap<>(DocumentKind.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param readOnlyReason why nothing may change (只读模式), or {@code null} when it may */
    public TemplateSettingsViewModel(DocumentDesk desk, TaskRunner store, DocumentDrafter drafter,
                                     String readOnlyReason) {
        this.desk = desk;
        this.store = store;
        this.drafter = drafter;
        this.readOnlyReason = readOnlyReason;
        for (DocumentKind kind : DocumentKind.values()) {
            current.put(kind, new ReadOnlyStringWrapper(this, "current" + kind, ""));
            templates.put(kind, Optional.empty());
        }
        if (readOnlyReason != null) {
            message.set(Messages.get("documents.settings.readOnly", readOnlyReason));
        }
    }

    public String windowTitle() {
        return Messages.get("documents.settings.title");
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Reads the letterhead and which template each kind uses. */
    public void load() {
        store.run(() -> {
            Map<DocumentKind, Optional<DocumentTemplate>> found = new EnumMap<>(DocumentKind.class);
            for (DocumentKind kind : DocumentKind.values()) {
                found.put(kind, desk.template(kind));
            }
            return new Loaded(desk.letterhead(), found);
        }, loaded -> {
            Letterhead letterhead = loaded.letterhead();
            heading.set(letterhead.heading());
            signature.set(letterhead.signature());
            contact.set(letterhead.contact());
            noticePrefix.set(letterhead.noticePrefix());
            reminderPrefix.set(letterhead.reminderPrefix());
            loaded.templates().forEach(this::showTemplate);
        }, this::readFailed);
    }

    private record Loaded(Letterhead letterhead, Map<DocumentKind, Optional<DocumentTemplate>> templates) {
    }

    private void showTemplate(DocumentKind kind, Optional<DocumentTemplate> template) {
        templates.put(kind, template);
        current.get(kind).set(template.map(own -> Messages.get("documents.settings.own", own.fileName(),
                own.replacedAt() == null ? "" : IMPORTED_AT.format(own.replacedAt()),
                own.operator() == null ? "" : own.operator())).orElse(Messages.get("documents.settings.builtIn")));
    }

    /** 保存 the letterhead; blank 字 fall back to 督办 and 催办. */
    public void saveLetterhead() {
        if (refused()) {
            return;
        }
        Letterhead letterhead = new Letterhead(heading.get(), signature.get(), contact.get(), noticePrefix.get(),
                reminderPrefix.get());
        store.run(() -> {
            desk.saveLetterhead(letterhead);
            return letterhead;
        }, saved -> {
            noticePrefix.set(saved.noticePrefix());
            reminderPrefix.set(saved.reminderPrefix());
            message.set(Messages.get("documents.settings.letterheadSaved"));
        }, failure -> message.set(Messages.get("documents.settings.saveFailed", FailureText.describe(failure))));
    }

    /** 导出内置模板…: the built-in .docx of {@code kind} to {@code file}. */
    public void exportBuiltIn(DocumentKind kind, Path file) {
        export(kind, file, true);
    }

    /** 导出当前模板…: the template in use (the office's own, or else the built-in) to {@code file}. */
    public void exportCurrent(DocumentKind kind, Path file) {
        export(kind, file, false);
    }

    private void export(DocumentKind kind, Path file, boolean builtIn) {
        Optional<DocumentTemplate> own = builtIn ? Optional.empty() : templates.get(kind);
        store.run(() -> {
            byte[] content = own.map(DocumentTemplate::content).orElseGet(() -> drafter.builtInTemplate(kind));
            TemplateFiles.write(file, content);
            return file;
        }, written -> message.set(Messages.get("documents.settings.exported", kind.label(),
                written.toAbsolutePath())),
                failure -> message.set(Messages.get("documents.settings.exportFailed", FailureText.describe(failure))));
    }

    /**
     * 导入模板…: reads {@code file}, checks it for {@code kind}, and only when it has no problem
     * makes it the office's template; the problems are the message otherwise.
     */
    public void importTemplate(DocumentKind kind, Path file) {
        if (refused()) {
            return;
        }
        Optional<DocumentTemplate> before = templates.get(kind);
        store.run(() -> {
            byte[] content = Files.readAllBytes(file);
            List<String> problems = drafter.check(kind, content);
            if (problems.isEmpty()) {
                desk.replaceTemplate(kind, file.getFileName().toString(), content);
                return new Imported(problems, desk.template(kind));
            }
            return new Imported(problems, before);
        }, imported -> {
            if (imported.problems().isEmpty()) {
                showTemplate(kind, imported.template());
                message.set(Messages.get("documents.settings.imported", kind.label(), file.getFileName()));
            } else {
                message.set(Messages.get("documents.settings.importRefused", file.getFileName(), kind.label(),
                        String.join("\n", imported.problems().stream().map(problem -> "· " + problem).toList())));
            }
        }, failure -> message.set(Messages.get("documents.settings.importFailed", file.getFileName(),
                FailureText.describe(failure))));
    }

    private record Imported(List<String> problems, Optional<DocumentTemplate> template) {
    }

    /** 恢复内置模板 (once the officer confirmed). */
    public void restoreBuiltIn(DocumentKind kind) {
        if (refused()) {
            return;
        }
        store.run(() -> {
            desk.restoreBuiltInTemplate(kind);
            return kind;
        }, restored -> {
            showTemplate(kind, Optional.empty());
            message.set(Messages.get("documents.settings.restored", kind.label()));
        }, failure -> message.set(Messages.get("documents.settings.saveFailed", FailureText.describe(failure))));
    }

    /** Whether the office uses its own template of {@code kind}. */
    public boolean hasOwnTemplate(DocumentKind kind) {
        return templates.get(kind).isPresent();
    }

    private boolean refused() {
        if (readOnlyReason != null) {
            message.set(Messages.get("documents.settings.readOnly", readOnlyReason));
            return true;
        }
        return false;
    }

    private void readFailed(Throwable failure) {
        message.set(Messages.get("documents.readFailed", FailureText.describe(failure)));
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty noticePrefixProperty() {
        return noticePrefix;
    }

    public StringProperty reminderPrefixProperty() {
        return reminderPrefix;
    }

    /** 当前：内置模板, or 当前：本单位模板（file, time, operator）. */
    public ReadOnlyStringProperty currentProperty(DocumentKind kind) {
        return current.get(kind).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
