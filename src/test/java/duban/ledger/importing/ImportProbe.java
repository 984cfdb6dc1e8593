package duban.ledger.importing;

import duban.domain.importing.ImportBasis;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads and previews one task list in its own JVM (see {@link BoundedHeapChild}) and prints what it
 * cost: {@code ROWS n} or {@code REFUSED message}, then {@code MILLIS}, {@code PEAK_HEAP_MB}
 * (the heap pools' peak use while reading) and {@code RETAINED_MB} (the heap in use after a
 * full collection, with the preview still held).
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportPreview preview = null;
        try {
            ImportSheet sheet = ImportReader.read(file);
            preview = ImportPreview.of(sheet, new ImportBasis(List.of(), List.of()), LocalDate.of(2026, 3, 10), true);
            System.out.println("ROWS " + sheet.rows().size());
        } catch (ImportFileException refused) {
            System.out.println("REFUSED " + refused.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(preview);
        System.out.println("MILLIS " + millis);
        System.out.println("PEAK_HEAP_MB " + peak / (1024 * 1024));
        System.out.println("RETAINED_MB " + retained / (1024 * 1024));
    }
}
