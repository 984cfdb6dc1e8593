package duban.bench;

import java.lang.reflect.Method;

/**
 * Async-profiler, switched on only inside the measured windows of a probe (a drop until the frame
 * that shows it): {@code -Dduban.bench.profile=EVENT,FILE} with the ap-loader jar on the class path
 * (or as an agent) writes the collapsed stacks of those windows alone to FILE at the end. The event
 * {@code alloc} samples from the first measured drop to the last without pausing: what the whole
 * cycle allocates (the store's answer included) decides how often a collection falls into a frame.
 */
final class FrameProfiler {

    private final Object profiler;
    private final Method execute;
    private final String event;
    private final String file;
    private boolean started;
    private boolean running;

    private FrameProfiler(Object profiler, Method execute, String event, String file) {
        this.profiler = profiler;
        this.execute = execute;
        this.event = event;
        this.file = file;
    }

    /** The profiler the system property asks for, or null when it asks for none. */
    static FrameProfiler fromSystemProperty() {
        String setting = System.getProperty("duban.bench.profile");
        if (setting == null || setting.isBlank()) {
            return null;
        }
        String[] parts = setting.split(",", 2);
        try {
            Object profiler = Class.forName("one.profiler.AsyncProfilerLoader").getMethod("load").invoke(null);
            return new FrameProfiler(profiler, profiler.getClass().getMethod("execute", String.class), parts[0],
                    parts[1]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("async-profiler (ap-loader) is not on the class path", e);
        }
    }

    /** Samples from now on. */
    void resume() {
        if (running) {
            return;
        }
        String interval = event.equals("alloc") ? ",alloc=256k" : ",interval=200us";
        run((started ? "resume,event=" : "start,event=") + event + interval + ",threads");
        started = true;
        running = true;
    }

    /** Stops sampling until the next resume. */
    void pause() {
        if (running && !event.equals("alloc")) {
            run("stop");
            running = false;
        }
    }

    /** Writes every window's samples, as collapsed stacks. */
    void dump() {
        if (started) {
            run("dump,collapsed,file=" + file);
        }
    }

    private void run(String command) {
        try {
            execute.invoke(profiler, command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("async-profiler refused: " + command, e);
        }
    }
}
