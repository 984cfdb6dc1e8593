package duban.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The figures one measure produced, with the median and the 95th percentile the table shows. */
record Samples(List<Double> values) {

    Samples {
        values = List.copyOf(values);
    }

    static Samples of(List<Double> values) {
        return new Samples(values);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    int count() {
        return values.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    /** The nearest-rank percentile: the smallest value at or above {@code percent} of the samples. */
    double percentile(double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    Samples plus(Samples other) {
        List<Double> all = new ArrayList<>(values);
        all.addAll(other.values);
        return new Samples(all);
    }
}
