package duban.bench;

/** How a probe ends once its figures are out: at once, unless a flight recording must be written first. */
final class ProbeExit {

    private ProbeExit() {
    }

    static void now() {
        System.out.flush();
        System.err.flush();
        if (jdk.jfr.FlightRecorder.isInitialized() && !jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings().isEmpty()) {
            System.exit(0); // runs the shutdown hook that dumps the recording
        }
        // halt(): the application's own shutdown (closing windows, checkpointing) is not what is measured.
        Runtime.getRuntime().halt(0);
    }
}
