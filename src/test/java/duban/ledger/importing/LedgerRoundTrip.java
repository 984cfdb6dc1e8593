package duban.ledger.importing;

import duban.domain.importing.ImportBasis;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Positions;
import duban.domain.Unit;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.ledger.export.CsvExport;
import duban.domain.Progress;
import duban.ledger.export.XlsxExport;
import duban.testing.TestItems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A ledger of items made in memory (texts exactly as given, not trimmed by a store), written as
 * CSV or XLSX and read back by the import: what the export and import tests and properties share.
 */
public final class LedgerRoundTrip {

    /** The two formats a ledger is exchanged in. */
    public enum Format {
        CSV("csv"), XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private LedgerRoundTrip() {
    }

    /** An open item with the texts a ledger carries; no details, no leader (the ledger has neither). */
    public static Item item(long id, String title, Unit leadUnit, List<Unit> assistUnits, String owner,
                            LocalDate assignedOn, LocalDate deadline) {
        return TestItems.item(id, title).position(id * Positions.STEP).lead(leadUnit).assist(assistUnits).owner(owner)
                .assignedOn(assignedOn).deadline(deadline).stamp(STAMP).build();
    }

    /** The whole ledger of {@code items}, in 交办日期 order, as of {@code clock}'s today. */
    public static Ledger ledger(List<Item> items, Clock clock) {
        return Ledger.build(items, Map.of(), new Deadlines(clock), LedgerScope.ALL, Ledger.Order.ASSIGNED_ON,
                Ledger.Grouping.NONE);
    }

    /** Writes {@code ledger} as {@code format} into {@code folder}; returns the file. */
    public static Path export(Ledger ledger, Format format, Path folder, LocalDate today) throws IOException {
        Path file = folder.resolve("台账." + format.extension);
        switch (format) {
            case CSV -> CsvExport.write(ledger, file);
            case XLSX -> XlsxExport.write(ledger, "青石县人民政府办公室督办事项台账", today, file, Progress.NONE);
            default -> throw new IllegalArgumentException(format.name());
        }
        return file;
    }

    /**
     * The import's preview of {@code file} against a database that holds {@code units} and no
     * items; new units are allowed (a ledger from another office names units this one lacks).
     */
    public static ImportPreview reimport(Path file, List<Unit> units, LocalDate today) throws ImportFileException {
        return ImportPreview.of(ImportReader.read(file), ImportBasis.of(units, List.of()), today, true);
    }
}
