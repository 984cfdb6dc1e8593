package duban.app;

import duban.domain.Backup;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.importing.ImportBasis;
import duban.domain.importing.ImportPlan;
import duban.domain.importing.ImportResult;
import duban.domain.Progress;
import duban.editor.EditorStore;
import duban.ledger.LedgerTitle;
import duban.ledger.importing.ImportViewModel;
import duban.ledger.view.LedgerViewModel;
import duban.projector.ProjectorSettings;
import duban.i18n.Messages;
import duban.safety.BackupStore;
import duban.safety.DataTransferStore;
import duban.store.BackupService;
import duban.store.Database;
import duban.store.DatabaseCopy;
import duban.store.DatabaseOpenException;
import duban.store.ServerAddress;
import duban.store.ImportStore;
import duban.store.ItemStore;
import duban.store.SettingsStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import duban.workflow.WorkflowWrites;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The features' ports over the application's stores. They live in the composition root because
 * the store may not know the features (and a feature not the store). Public for the tests that
 * drive a feature over a real database file.
 */
public final class StorePorts {

    private StorePorts() {
    }

    /** The item editor's writes: new units, new items, edited items. */
    public static EditorStore editor(UnitStore units, ItemStore items) {
        return new EditorStore() {
            @Override
            public Unit addUnit(String name, UnitKind kind) {
                return units.add(name, kind);
            }

            @Override
            public Item create(ItemDraft draft) {
                return items.create(draft);
            }

            @Override
            public Item update(long itemId, int expectedVersion, ItemDraft draft) {
                return items.update(itemId, expectedVersion, draft);
            }
        };
    }

    /** What the 督办台账 reads (items, latest reports, who handled them, units, the office's name) and saves. */
    public static LedgerViewModel.Store ledger(ItemStore items, WorkflowStore workflow, UnitStore units,
                                               SettingsStore settings) {
        return new LedgerViewModel.Store() {
            @Override
            public LedgerViewModel.LedgerData load() {
                return new LedgerViewModel.LedgerData(items.loadAll(), workflow.latestReports(), items.operators(),
                        units.all(), settings.get(LedgerTitle.OFFICE_NAME_KEY).orElse(""));
            }

            @Override
            public void saveOfficeName(String officeName) {
                settings.put(LedgerTitle.OFFICE_NAME_KEY, officeName);
            }
        };
    }

    /** The import dialog's reads and its one-transaction write. */
    public static ImportViewModel.Store importing(ImportStore store) {
        return new ImportViewModel.Store() {
            @Override
            public ImportBasis basis() {
                return store.basis();
            }

            @Override
            public ImportResult importPlan(ImportPlan plan, Progress progress) {
                return store.importPlan(plan, progress);
            }
        };
    }

    /** The projector's settings, kept in the database file and logged like every other setting. */
    public static ProjectorSettings projectorSettings(SettingsStore store) {
        return new ProjectorSettings() {
            @Override
            public Optional<String> get(String key) {
                return store.get(key);
            }

            @Override
            public void put(String key, String value) {
                store.put(key, value);
            }
        };
    }

    /** 立即备份 and 从备份恢复 over the open file's backups. */
    public static BackupStore backups(BackupService service) {
        return new BackupStore() {
            @Override
            public List<Backup> list() {
                return service.list();
            }

            @Override
            public Backup backupNow() {
                return service.backupNow();
            }

            @Override
            public Restored restore(Backup backup) {
                BackupService.RestoreOutcome outcome = service.restore(backup);
                return new Restored(outcome.restored(), outcome.setAside());
            }
        };
    }

    /**
     * 迁移到共享数据库… and 导出为本地文件… over the board's own open {@code database} (the source),
     * on the store thread.
     */
    public static DataTransferStore dataTransfer(Database database) {
        return new DataTransferStore() {
            @Override
            public boolean onServer() {
                return database.onServer();
            }

            @Override
            public Transferred copyToServer(String text, char[] password) {
                ServerAddress address;
                try {
                    address = ServerAddress.parse(text).orElseThrow(() -> new IllegalArgumentException(
                            Messages.get("server.badAddress", text)));
                } catch (IllegalArgumentException e) {
                    throw new Refused(e.getMessage(), e);
                }
                try (Database target = Database.openServer(address, password.length == 0 ? null : password, false)) {
                    DatabaseCopy.Outcome outcome = DatabaseCopy.copy(database, target);
                    return new Transferred(target.location(), startAddress(address), outcome.rows("item"),
                            outcome.events());
                } catch (DatabaseOpenException e) {
                    throw new Refused(Messages.get("copy.cannotOpenTarget", e.where(), e.userMessage()), e);
                } catch (DatabaseCopy.CopyException e) {
                    throw new Refused(e.userMessage(), e);
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
            }

            @Override
            public Transferred exportToFile(Path file) {
                try {
                    DatabaseCopy.Outcome outcome = DatabaseCopy.intoNewFile(database, file, false);
                    return new Transferred(file.toAbsolutePath().normalize().toString(), null, outcome.rows("item"),
                            outcome.events());
                } catch (DatabaseCopy.CopyException e) {
                    throw new Refused(e.userMessage(), e);
                }
            }
        };
    }

    /** The server's address as every PC gives it to {@code --db}: without the password, with the rest. */
    static String startAddress(ServerAddress address) {
        StringBuilder text = new StringBuilder("postgresql://")
                .append(address.host().contains(":") ? "[" + address.host() + "]" : address.host())
                .append(':').append(address.port()).append('/').append(encode(address.database()));
        java.util.List<String> query = new java.util.ArrayList<>();
        if (address.user() != null) {
            query.add("user=" + encode(address.user()));
        }
        address.parameters().forEach((key, value) -> {
            if (!key.equals("password")) {
                query.add(encode(key) + "=" + encode(value));
            }
        });
        return query.isEmpty() ? text.toString() : text.append('?').append(String.join("&", query)).toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The workflow dialogs' writes: 办理进展, 催办, 延期. */
    public static WorkflowWrites workflow(WorkflowStore store) {
        return new WorkflowWrites() {
            @Override
            public Item addReport(long itemId, LocalDate reportedOn, String reporter, String content) {
                return store.addReport(itemId, reportedOn, reporter, content);
            }

            @Override
            public Item addReminder(long itemId, LocalDate remindedOn, ReminderMethod method, ReminderLevel level,
                                    String note) {
                return store.addReminder(itemId, remindedOn, method, level, note);
            }

            @Override
            public Item extend(long itemId, int expectedVersion, LocalDate newDeadline, String reason,
                               String approver, LocalDate approvedOn) {
                return store.extend(itemId, expectedVersion, newDeadline, reason, approver, approvedOn);
            }
        };
    }
}
