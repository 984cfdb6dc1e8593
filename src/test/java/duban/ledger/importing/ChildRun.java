package duban.ledger.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class's {@code main} run to its end in a JVM of its own with a fixed maximum heap: the
 * heap is what proves that a big or hostile file is read in bounded memory.
 */
record ChildRun(int status, String stdout, String stderr) {

    /** Runs {@code main} with {@code args} in a JVM limited to {@code heapMegabytes}. */
    static ChildRun of(Class<?> main, int heapMegabytes, String... args) throws IOException, InterruptedException {
        return run(List.of(), main, heapMegabytes, args);
    }

    /**
     * As {@link #of}, but without the power to read files whatever their mode: under root (as in
     * CI) the child drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH through util-linux's setpriv.
     */
    static ChildRun withoutRootsPowers(Path scratch, Class<?> main, int heapMegabytes, String... args)
            throws IOException, InterruptedException {
        Path probe = Files.createTempFile(scratch, "uid", ".txt");
        int uid = (Integer) Files.getAttribute(probe, "unix:uid");
        Files.delete(probe);
        List<String> prefix = uid != 0 ? List.of()
                : List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                        "--bounding-set=-dac_override,-dac_read_search", "--");
        return run(prefix, main, heapMegabytes, args);
    }

    private static ChildRun run(List<String> prefix, Class<?> main, int heapMegabytes, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMegabytes + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("child-out", ".txt");
        Path err = Files.createTempFile("child-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(100, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the child did not finish in 100 s: " + command);
            }
            return new ChildRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
