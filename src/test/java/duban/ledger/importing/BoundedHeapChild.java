package duban.ledger.importing;

import duban.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A class's {@code main} run to its end in a JVM of its own with a fixed maximum heap: the
 * heap is what proves that a big or hostile file is read in bounded memory.
 */
final class BoundedHeapChild {

    private static final int TIMEOUT_SECONDS = 100;

    private BoundedHeapChild() {
    }

    /** Runs {@code main} with {@code args} in a JVM limited to {@code heapMegabytes}. */
    static ChildJvm.Finished run(Class<?> main, int heapMegabytes, String... args) throws IOException, InterruptedException {
        return command(main, heapMegabytes, args).run(TIMEOUT_SECONDS).ended();
    }

    /**
     * As {@link #run}, but without the power to read files whatever their mode: under root (as in
     * CI) the child drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH through util-linux's setpriv.
     */
    static ChildJvm.Finished withoutRootsPowers(Path scratch, Class<?> main, int heapMegabytes, String... args)
            throws IOException, InterruptedException {
        Path probe = Files.createTempFile(scratch, "uid", ".txt");
        int uid = (Integer) Files.getAttribute(probe, "unix:uid");
        Files.delete(probe);
        List<String> prefix = uid != 0 ? List.of()
                : List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                        "--bounding-set=-dac_override,-dac_read_search", "--");
        return command(main, heapMegabytes, args).prefix(prefix).run(TIMEOUT_SECONDS).ended();
    }

    private static ChildJvm.Command command(Class<?> main, int heapMegabytes, String... args) {
        return ChildJvm.of(main)
                .flags("-Xmx" + heapMegabytes + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                        "-Djava.awt.headless=true")
                .args(args);
    }
}
