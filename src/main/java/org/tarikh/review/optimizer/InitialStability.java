package org.tarikh.review.optimizer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The four initial stabilities w0..w3 from the first long-term reviews (fsrs-rs src/parameter_initialization.rs):
 * per first rating, a ternary search for the S whose forgetting curve (default decay) best fits the smoothed recall
 * of each delta_t group, then {@link #smoothAndFill}.
 */
final class InitialStability {

    static final double S_MIN = 0.001;       // fsrs-rs src/simulation.rs S_MIN
    static final double INIT_S_MAX = 100.0;  // fsrs-rs parameter_initialization.rs INIT_S_MAX
    private static final double FILL_W1 = 0.41; // smooth_and_fill's geometric weights
    private static final double FILL_W2 = 0.54;

    /** @param s0 w0..w3; @param countByRating items per first rating in the pretraining set */
    record Result(double[] s0, Map<Integer, Integer> countByRating) {
    }

    private record Group(double deltaT, double recall, double count) {
    }

    private InitialStability() {
    }

    /** Null when no first rating has data (fsrs-rs NotEnoughData). */
    static Result fit(List<TrainingItem> pretraining, double averageRecall) {
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>(); // rating -> delta_t -> {passes, count}
        for (TrainingItem item : pretraining) {
            int[] g = groups.computeIfAbsent(item.ratings()[0], k -> new TreeMap<>())
                    .computeIfAbsent(item.firstLongTermDeltaT(), k -> new int[2]);
            g[0] += item.recalled() ? 1 : 0;
            g[1]++;
        }
        Map<Integer, Double> stability = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        groups.forEach((rating, byDeltaT) -> {
            List<Group> data = byDeltaT.entrySet().stream()
                    .map(e -> new Group(e.getKey(), e.getValue()[0] / (double) e.getValue()[1], e.getValue()[1]))
                    .toList();
            counts.put(rating, data.stream().mapToInt(g -> (int) g.count()).sum());
            stability.put(rating, search(data, averageRecall, Defaults.WEIGHTS[rating - 1]));
        });
        double[] s0 = smoothAndFill(stability, counts);
        return s0 == null ? null : new Result(s0, counts);
    }

    private static double search(List<Group> data, double averageRecall, double defaultS0) {
        double low = S_MIN;
        double high = INIT_S_MAX;
        double best = defaultS0;
        for (int iter = 0; high - low > Math.ulp(1.0) && iter < 1000; iter++) {
            double mid1 = low + (high - low) / 3.0;
            double mid2 = high - (high - low) / 3.0;
            if (loss(data, averageRecall, mid1, defaultS0) < loss(data, averageRecall, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            best = (high + low) / 2.0;
        }
        return (float) best; // fsrs-rs keeps the result as f32
    }

    /** Count-weighted log loss of the smoothed recall, plus |S - default| / 16. */
    private static double loss(List<Group> data, double averageRecall, double s, double defaultS0) {
        double decay = -Defaults.WEIGHTS[20];
        double factor = Math.pow(0.9, 1.0 / decay) - 1.0;
        double sum = 0;
        for (Group g : data) {
            double recall = (g.recall() * g.count() + averageRecall) / (g.count() + 1);
            double p = Math.pow(g.deltaT() / s * factor + 1.0, decay);
            sum += -(recall * Math.log(p) + (1 - recall) * Math.log(1 - p)) * g.count();
        }
        return sum + Math.abs(s - defaultS0) / 16.0;
    }

    /**
     * fsrs-rs smooth_and_fill: keep ratings that have pretraining data, make S0 non-decreasing in the rating (the side
     * with fewer items gives way), fill missing ratings geometrically, clamp to [0.001, 100]. Null when none has data.
     */
    static double[] smoothAndFill(Map<Integer, Double> byRating, Map<Integer, Integer> counts) {
        Map<Integer, Double> s = new TreeMap<>(byRating);
        s.keySet().retainAll(counts.keySet());
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] p : pairs) {
            Double small = s.get(p[0]);
            Double big = s.get(p[1]);
            if (small != null && big != null && small > big) {
                if (counts.get(p[0]) > counts.get(p[1])) {
                    s.put(p[1], small);
                } else {
                    s.put(p[0], big);
                }
            }
        }
        Double[] r = {null, s.get(1), s.get(2), s.get(3), s.get(4)};
        double[] out;
        switch (s.size()) {
            case 0 -> {
                return null;
            }
            case 1 -> {
                int rating = s.keySet().iterator().next();
                double factor = s.get(rating) / Defaults.WEIGHTS[rating - 1];
                out = new double[4];
                for (int i = 0; i < 4; i++) {
                    out[i] = Defaults.WEIGHTS[i] * factor; // the defaults are increasing, so this is sorted
                }
            }
            case 2, 3 -> out = fill(r);
            default -> out = new double[] {r[1], r[2], r[3], r[4]};
        }
        for (int i = 0; i < 4; i++) {
            out[i] = Math.min(Math.max(out[i], S_MIN), INIT_S_MAX);
        }
        return out;
    }

    /** smooth_and_fill's formulas for two or three known ratings. */
    private static double[] fill(Double[] r) {
        double w1 = FILL_W1;
        double w2 = FILL_W2;
        boolean h1 = r[1] != null;
        boolean h2 = r[2] != null;
        boolean h3 = r[3] != null;
        boolean h4 = r[4] != null;
        int known = (h1 ? 1 : 0) + (h2 ? 1 : 0) + (h3 ? 1 : 0) + (h4 ? 1 : 0);
        if (known == 2) {
            if (h3 && h4) {
                r[2] = Math.pow(r[3], 1 / (1 - w2)) * Math.pow(r[4], 1 - 1 / (1 - w2));
                r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
            } else if (h2 && h4) {
                r[3] = Math.pow(r[2], 1 - w2) * Math.pow(r[4], w2);
                r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
            } else if (h2 && h3) {
                r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
                r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
            } else if (h1 && h4) {
                double k = w1 / (w1 + w2 - w1 * w2);
                double k2 = w2 / (w1 + w2 - w1 * w2);
                r[2] = Math.pow(r[1], k) * Math.pow(r[4], 1 - k);
                r[3] = Math.pow(r[1], 1 - k2) * Math.pow(r[4], k2);
            } else if (h1 && h3) {
                r[2] = Math.pow(r[1], w1) * Math.pow(r[3], 1 - w1);
                r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
            } else {
                r[3] = Math.pow(r[1], 1 - 1 / (1 - w1)) * Math.pow(r[2], 1 / (1 - w1));
                r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
            }
        } else if (!h1) {
            r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
        } else if (!h2) {
            r[2] = Math.pow(r[1], w1) * Math.pow(r[3], 1 - w1);
        } else if (!h3) {
            r[3] = Math.pow(r[2], 1 - w2) * Math.pow(r[4], w2);
        } else {
            r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
        }
        return new double[] {r[1], r[2], r[3], r[4]};
    }
}
