package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Long ledger work: progress reaches the screen's thread, a cancel stops the work where it is. */
class BackgroundJobTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    /** Stands in for the FX thread: what the job hands back, run by the test when it chooses. */
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final BackgroundJob job = new BackgroundJob(background, fxQueue::add);
    private final List<String> outcomes = new ArrayList<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private BackgroundJob.Outcome<Integer> recorder() {
        return new BackgroundJob.Outcome<>() {
            @Override
            public void done(Integer result) {
                outcomes.add("done " + result);
            }

            @Override
            public void failed(Throwable failure) {
                outcomes.add("failed " + failure.getMessage());
            }

            @Override
            public void cancelled() {
                outcomes.add("cancelled");
            }
        };
    }

    /** Runs what reached the FX thread until the job has ended. */
    private void drainUntilIdle() throws InterruptedException {
        while (job.runningProperty().get()) {
            Runnable next = fxQueue.poll(5, TimeUnit.SECONDS);
            assertThat(next).as("the job ends within 5 s").isNotNull();
            next.run();
        }
        Runnable rest;
        while ((rest = fxQueue.poll()) != null) {
            rest.run();
        }
    }

    @Test
    void workThatEndsHandsItsResultBackAndTheJobIsIdleAgain() throws Exception {
        assertThat(job.start("正在导出", progress -> {
            for (int row = 0; row <= 1000; row += 100) {
                progress.advance(row, 1000);
            }
            return 1000;
        }, recorder())).isTrue();
        assertThat(job.runningProperty().get()).isTrue();
        assertThat(job.titleProperty().get()).isEqualTo("正在导出");
        drainUntilIdle();
        assertThat(outcomes).containsExactly("done 1000");
        assertThat(job.titleProperty().get()).isEmpty();
        assertThat(job.progressProperty().get()).isEqualTo(-1);
    }

    @Test
    void progressIsShownAsAFractionWhileTheWorkRuns() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        job.start("正在分页", progress -> {
            progress.advance(50, 200);
            halfway.countDown();
            release.await(5, TimeUnit.SECONDS);
            return 200;
        }, recorder());
        assertThat(halfway.await(5, TimeUnit.SECONDS)).isTrue();
        fxQueue.take().run();
        assertThat(job.progressProperty().get()).isEqualTo(0.25);
        release.countDown();
        drainUntilIdle();
        assertThat(outcomes).containsExactly("done 200");
    }

    @Test
    void aCancelStopsTheWorkAtItsNextReportAndSaysCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        int[] reached = {0};
        job.start("正在导出", progress -> {
            for (int row = 0; row < 1_000_000; row++) {
                reached[0] = row;
                progress.advance(row, 1_000_000);
                started.countDown();
                Thread.sleep(1);
            }
            return -1;
        }, recorder());
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        job.cancel();
        drainUntilIdle();
        assertThat(outcomes).containsExactly("cancelled");
        assertThat(reached[0]).isLessThan(1_000_000 - 1);
    }

    @Test
    void aSecondJobIsRefusedWhileOneRunsAndAFailureIsReportedAsSuch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        job.start("一", progress -> {
            release.await(5, TimeUnit.SECONDS);
            throw new java.io.IOException("磁盘已满");
        }, recorder());
        assertThat(job.start("二", progress -> 2, recorder())).isFalse();
        release.countDown();
        drainUntilIdle();
        assertThat(outcomes).containsExactly("failed 磁盘已满");
    }
}
