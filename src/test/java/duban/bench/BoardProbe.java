package duban.bench;

import duban.app.DubanApp;
import duban.ui.StoreThread;
import duban.domain.Card;
import duban.domain.Status;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * A child JVM of measures 2, 4 and 5: {@code BoardProbe FILE ITEMS WARMUP SAMPLES TAG MEASURE...}
 * starts the real application on the file (as the board's UI tests do), waits for the whole
 * board, then for each of {@code drag}, {@code search}, {@code scroll} delivers the user's events
 * to the nodes that receive them and times the outcome with the scene's pulse listeners.
 */
public final class BoardProbe {

    private static final long TIMEOUT_SECONDS = 30;
    private static final java.lang.management.ThreadMXBean FX_CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Scene scene;
    private final StoreThread storeThread;
    private final int warmup;
    private final int samples;
    private final String tag;
    private final Random random = new Random(8);
    /** Runs in the post-layout phase of every pulse while a measure waits for its frame. */
    private volatile Runnable onPulse;
    /** When each pulse since the last drop began (before its CSS and layout), for the drop's breakdown. */
    private final List<Long> pulseStarts = new java.util.concurrent.CopyOnWriteArrayList<>();

    private BoardProbe(Scene scene, StoreThread storeThread, int warmup, int samples, String tag) {
        this.scene = scene;
        this.storeThread = storeThread;
        this.warmup = warmup;
        this.samples = samples;
        this.tag = tag;
    }

    private void listen() throws Exception {
        fx(() -> {
            scene.addPreLayoutPulseListener(() -> pulseStarts.add(System.nanoTime()));
            scene.addPostLayoutPulseListener(() -> {
                Runnable action = onPulse;
                if (action != null) {
                    action.run();
                }
            });
            return null;
        });
    }

    public static void main(String[] args) throws Exception {
        String file = args[0];
        int items = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int samples = Integer.parseInt(args[3]);
        String tag = args[4];
        Stage stage = FxToolkit.registerPrimaryStage();
        Application application = FxToolkit.setupApplication(DubanApp.class, "--db", file);
        waitFor(() -> shownCards(stage.getScene()) >= items && stage.getScene().lookup("#column-ASSIGNED") != null);
        Field field = DubanApp.class.getDeclaredField("storeThread");
        field.setAccessible(true);
        BoardProbe probe = new BoardProbe(stage.getScene(), (StoreThread) field.get(application), warmup, samples, tag);
        probe.listen();
        if (Boolean.getBoolean("duban.bench.screenshot")) {
            duban.testing.Screenshots.save(stage.getScene(), "bench-board-" + items);
        }
        Thread.sleep(500); // the first frames after loading (the details panel, the filter's choices)
        for (int i = 5; i < args.length; i++) {
            switch (args[i]) {
                case "drag" -> probe.drag();
                case "search" -> probe.search();
                case "scroll" -> probe.scroll();
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        ProbeExit.now();
    }

    // ---- 2. drag and drop ----------------------------------------------------------------------

    /**
     * Carries the top card of 交办 to 办理中 and back the other way in turn, dropping it in front of
     * one of the first cards there: pressed, dragged past the threshold, dragged over the target,
     * released. Times the release to the store thread's commit and to the laid-out frame whose
     * target column shows the card.
     */
    private void drag() throws Exception {
        ListView<?> assigned = list(Status.ASSIGNED);
        ListView<?> inProgress = list(Status.IN_PROGRESS);
        FrameProfiler profiler = FrameProfiler.fromSystemProperty();
        for (int i = 0; i < warmup + samples; i++) {
            ListView<?> source = i % 2 == 0 ? assigned : inProgress;
            ListView<?> target = i % 2 == 0 ? inProgress : assigned;
            int slot = 1 + random.nextInt(3);
            boolean measured = i >= warmup;
            Gesture gesture = fx(() -> {
                ListCell<?> from = cell(source, 0);
                ListCell<?> before = cell(target, Math.min(slot, lastShownIndex(target)));
                if (from == null || before == null) {
                    throw new IllegalStateException("no card to drag at " + slot);
                }
                Point2D grab = centre(from);
                Bounds to = before.localToScene(before.getBoundsInLocal());
                Point2D drop = new Point2D(to.getCenterX(), to.getMinY() + 5);
                fire(from, MouseEvent.MOUSE_PRESSED, grab, true);
                fire(from, MouseEvent.MOUSE_DRAGGED, grab.add(0, 12), true);
                fire(from, MouseEvent.MOUSE_DRAGGED, drop, true);
                return new Gesture(from, drop, ((Card) from.getItem()).id());
            });
            Thread.sleep(40); // the preview and the insertion line are drawn, as under a hand
            CompletableFuture<Long> committed = new CompletableFuture<>();
            CompletableFuture<Long> shown = new CompletableFuture<>();
            AtomicLong dropped = new AtomicLong();
            AtomicLong cpuAtDrop = new AtomicLong();
            AtomicLong cpuAtShown = new AtomicLong();
            AtomicLong gcAtDrop = new AtomicLong();
            AtomicLong gcAtShown = new AtomicLong();
            CompletableFuture<Long> handled = new CompletableFuture<>();
            fx(() -> {
                onPulse = () -> {
                    if (showsCard(target, gesture.cardId())) {
                        onPulse = null;
                        cpuAtShown.set(FX_CPU.getCurrentThreadCpuTime());
                        gcAtShown.set(collectionMillis());
                        shown.complete(System.nanoTime());
                        if (profiler != null) {
                            profiler.pause();
                        }
                    }
                };
                pulseStarts.clear();
                if (profiler != null && measured) {
                    profiler.resume();
                }
                cpuAtDrop.set(FX_CPU.getCurrentThreadCpuTime());
                gcAtDrop.set(collectionMillis());
                dropped.set(System.nanoTime());
                fire(gesture.node(), MouseEvent.MOUSE_RELEASED, gesture.drop(), false);
                // Queued behind the drop's own runLater: runs when the board has placed the card.
                Platform.runLater(() -> handled.complete(System.nanoTime()));
                // Queued behind the drop's own runLater (the move), so its store task runs after the
                // move's; held as the move is (until the frame is laid out), so as not to release it early.
                Platform.runLater(() -> storeThread.runAfterFrame(System::nanoTime, committed::complete,
                        committed::completeExceptionally));
                return null;
            });
            long commitAt = committed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long shownAt = shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (i >= warmup) {
                BenchOutput.millis("drag.commit" + tag, commitAt - dropped.get());
                BenchOutput.millis("drag.frame" + tag, shownAt - dropped.get());
                // Where the time to the frame went: the board's own handling of the drop, then
                // the wait for the toolkit's next frame tick (60 Hz), then that frame's CSS and
                // layout. How many frames began before the card showed (1: the first one).
                long handledAt = handled.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                List<Long> starts = pulseStarts.stream().filter(start -> start <= shownAt).toList();
                long lastStart = starts.isEmpty() ? shownAt : starts.get(starts.size() - 1);
                BenchOutput.millis("drag.handle" + tag, handledAt - dropped.get());
                BenchOutput.millis("drag.pulse" + tag, shownAt - lastStart);
                // The work of the frame that shows the drop (issue 18): under 16.7 ms, no frame is dropped.
                BenchOutput.millis("drag.work" + tag, (handledAt - dropped.get()) + (shownAt - lastStart));
                BenchOutput.sample("drag.frames" + tag, starts.size());
                // The FX thread's own CPU time from the drop to that frame: the same work, without
                // the waits for a core that a busy machine adds to the wall-clock figures (nor
                // the collector's pauses, which run on the VM's thread).
                BenchOutput.millis("drag.cpu" + tag, cpuAtShown.get() - cpuAtDrop.get());
                // The collector's pauses that fell between the drop and that frame (ms).
                BenchOutput.sample("drag.gc" + tag, gcAtShown.get() - gcAtDrop.get());
            }
            Thread.sleep(60 + random.nextInt(40)); // the board applies the saved item; the next gesture is not in phase
            if (measured) {
                // All the FX thread did for the drop, its later frames included (the saved item, the
                // details panel's history read back): work deferred past the measured frame shows here.
                long cpuAfter = fx(FX_CPU::getCurrentThreadCpuTime);
                BenchOutput.millis("drag.cpuAfter" + tag, cpuAfter - cpuAtDrop.get());
            }
        }
        if (profiler != null) {
            profiler.dump();
        }
    }

    /** The collectors' accumulated pause time so far (ms). */
    private static long collectionMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean collector
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private record Gesture(Node node, Point2D drop, long cardId) {
    }

    private static boolean showsCard(ListView<?> list, long cardId) {
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty()
                    && cell.getItem() instanceof Card card && card.id() == cardId) {
                return true;
            }
        }
        return false;
    }

    // ---- 4. search -----------------------------------------------------------------------------

    /** Types words into the filter box a character at a time and deletes them again, timing each key to its frame. */
    private void search() throws Exception {
        TextField field = (TextField) scene.lookup("#filter-search");
        fx(() -> {
            field.requestFocus();
            return null;
        });
        String[] words = {"城区", "改造", "第12", "张", "供水", "县财政局", "临期"};
        AtomicInteger counted = new AtomicInteger(-warmup);
        int w = 0;
        while (counted.get() < samples) {
            String word = words[w++ % words.length];
            for (int c = 0; c < word.length(); c++) {
                String character = word.substring(c, c + 1);
                key(field, () -> fire(field, new KeyEvent(KeyEvent.KEY_TYPED, character, character, KeyCode.UNDEFINED,
                        false, false, false, false)), counted);
            }
            for (int c = 0; c < word.length(); c++) {
                key(field, () -> {
                    fire(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.BACK_SPACE,
                            false, false, false, false));
                    fire(field, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.BACK_SPACE,
                            false, false, false, false));
                }, counted);
            }
        }
        if (!fx(field::getText).isEmpty()) {
            throw new IllegalStateException("the filter box did not take the keys: " + fx(field::getText));
        }
    }

    private void key(TextField field, Runnable stroke, AtomicInteger counted) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        AtomicLong typed = new AtomicLong();
        String before = fx(() -> {
            String text = field.getText();
            onPulse = () -> {
                onPulse = null;
                shown.complete(System.nanoTime());
            };
            typed.set(System.nanoTime());
            stroke.run();
            return text;
        });
        long shownAt = shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (fx(field::getText).equals(before)) {
            throw new IllegalStateException("the filter box did not take the key");
        }
        if (counted.getAndIncrement() >= 0) {
            BenchOutput.millis("search.key" + tag, shownAt - typed.get());
        }
        Thread.sleep(30 + random.nextInt(40)); // typing speed, out of phase with the pulses
    }

    // ---- 5. scrolling --------------------------------------------------------------------------

    /**
     * Scrolls 办结销号 (half the items) by 60 pixels a frame, down and back up at the ends, from an
     * animation timer; times each frame from the scroll to the end of its layout, and the interval
     * between frames.
     */
    private void scroll() throws Exception {
        ListView<?> closed = list(Status.CLOSED);
        VirtualFlow<?> flow = fx(() -> (VirtualFlow<?>) closed.lookup(".virtual-flow"));
        List<long[]> frames = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        int wanted = warmup + samples;
        fx(() -> {
            long[] pending = {0, 0};
            double[] direction = {1};
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (frames.size() >= wanted) {
                        stop();
                        onPulse = null;
                        done.complete(null);
                        return;
                    }
                    pending[0] = System.nanoTime();
                    if (flow.scrollPixels(60 * direction[0]) == 0) {
                        direction[0] = -direction[0];
                        flow.scrollPixels(60 * direction[0]);
                    }
                }
            };
            onPulse = () -> {
                if (pending[0] != 0) {
                    long end = System.nanoTime();
                    frames.add(new long[] {end - pending[0], pending[1] == 0 ? -1 : end - pending[1]});
                    pending[1] = end;
                    pending[0] = 0;
                }
            };
            timer.start();
            return null;
        });
        done.get(TIMEOUT_SECONDS * 4, TimeUnit.SECONDS);
        for (int i = warmup; i < frames.size(); i++) {
            BenchOutput.millis("scroll.frame" + tag, frames.get(i)[0]);
            if (frames.get(i)[1] >= 0) {
                BenchOutput.millis("scroll.interval" + tag, frames.get(i)[1]);
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ListView<?> list(Status status) throws Exception {
        return fx(() -> (ListView<?>) scene.lookup("#column-" + status.name()));
    }

    /** The shown cell at {@code index} of a list, or null when that card is not on screen. */
    private static ListCell<?> cell(ListView<?> list, int index) {
        return list.lookupAll(".list-cell").stream()
                .filter(node -> node instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty()
                        && cell.getIndex() == index)
                .map(node -> (ListCell<?>) node)
                .min(Comparator.comparingInt(ListCell::getIndex))
                .orElse(null);
    }

    /** The index of the last card a list shows whole, or 1 when it shows fewer than two. */
    private static int lastShownIndex(ListView<?> list) {
        Bounds view = list.localToScene(list.getBoundsInLocal());
        int last = 1;
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty()
                    && cell.localToScene(cell.getBoundsInLocal()).getMaxY() <= view.getMaxY()) {
                last = Math.max(last, cell.getIndex());
            }
        }
        return last;
    }

    private static Point2D centre(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    private static void fire(Node node, EventType<MouseEvent> type, Point2D scenePoint, boolean primaryDown) {
        Point2D screen = node.getScene().getWindow() == null ? scenePoint
                : scenePoint.add(node.getScene().getWindow().getX() + node.getScene().getX(),
                        node.getScene().getWindow().getY() + node.getScene().getY());
        Event.fireEvent(node, new MouseEvent(type, scenePoint.getX(), scenePoint.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, primaryDown, false, false, false, false,
                type == MouseEvent.MOUSE_PRESSED, null));
    }

    private static void fire(Node node, Event event) {
        Event.fireEvent(node, event);
    }

    private static int shownCards(Scene scene) {
        try {
            return fx(() -> {
                int total = 0;
                for (Status status : Status.values()) {
                    Node node = scene.lookup("#column-" + status.name());
                    if (node instanceof ListView<?> list) {
                        total += list.getItems().size();
                    }
                }
                return total;
            });
        } catch (Exception e) {
            return -1;
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the board did not load");
            }
            Thread.sleep(100);
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
