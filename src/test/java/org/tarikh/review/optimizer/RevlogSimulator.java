package org.tarikh.review.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.tarikh.review.scheduler.MemoryModel;
import org.tarikh.review.scheduler.MemoryState;
import org.tarikh.review.scheduler.Rating;
import org.tarikh.review.scheduler.SchedulerParams;

/**
 * A seeded simulated learner whose memory follows FSRS-6 with given weights: new cards every day, a 10-minute
 * learning or relearning step after Again, reviews on the due study day at any hour (00:00-04:00 UTC counts for the
 * day before), recall drawn from the forgetting curve. Its revlog is what the optimizer reads.
 */
final class RevlogSimulator {

    private static final long DAY_MS = 86_400_000L;
    private static final long START_MS = 1_684_195_200_000L; // 2023-05-16 00:00 UTC
    private static final long ROLLOVER_MS = 4 * 3_600_000L;
    private static final long STEP_MS = 10 * 60_000L;

    private record Due(long day, int card) {
    }

    private final MemoryModel memory;
    private final Random random;
    private final List<RevlogRow> rows = new ArrayList<>();

    RevlogSimulator(List<Double> trueWeights, long seed) {
        this.memory = new MemoryModel(SchedulerParams.defaults().withWeights(trueWeights));
        this.random = new Random(seed);
    }

    /** At least {@code reviews} rows, new cards introduced {@code newPerDay} a day. */
    List<RevlogRow> run(int reviews, int newPerDay) {
        PriorityQueue<Due> queue = new PriorityQueue<>((a, b) -> Long.compare(a.day(), b.day()));
        List<MemoryState> states = new ArrayList<>();
        List<Long> lastDay = new ArrayList<>();
        for (long day = 0; rows.size() < reviews; day++) {
            long sessionMs = START_MS + day * DAY_MS + ROLLOVER_MS + (long) (random.nextDouble() * 20 * 3_600_000L);
            for (int k = 0; k < newPerDay; k++) {
                int card = states.size();
                Rating first = pick(0.25, 0.1, 0.55);
                MemoryState s = memory.nextState(null, 0, first);
                long t = sessionMs + k * 30_000L;
                rows.add(new RevlogRow("c" + card, t, first.grade(), 0, 0));
                if (first == Rating.AGAIN || first == Rating.HARD) {
                    Rating step = random.nextDouble() < memory.forgettingCurve(0, s.stability()) ? Rating.GOOD : Rating.AGAIN;
                    s = memory.nextState(s, 0, step);
                    rows.add(new RevlogRow("c" + card, t + STEP_MS, step.grade(), 1, 0));
                }
                states.add(s);
                lastDay.add(day);
                queue.add(new Due(day + memory.nextInterval(s.stability()), card));
            }
            int n = 0;
            while (!queue.isEmpty() && queue.peek().day() <= day) {
                int card = queue.poll().card();
                MemoryState s = states.get(card);
                long elapsed = day - lastDay.get(card);
                long t = sessionMs + 600_000L + n++ * 20_000L;
                boolean recalled = random.nextDouble() < memory.forgettingCurve(elapsed, s.stability());
                Rating rating = recalled ? pick(0, 0.15, 0.75) : Rating.AGAIN;
                s = memory.nextState(s, elapsed, rating);
                rows.add(new RevlogRow("c" + card, t, rating.grade(), 2, 0));
                if (!recalled) {
                    s = memory.nextState(s, 0, Rating.GOOD);
                    rows.add(new RevlogRow("c" + card, t + STEP_MS, Rating.GOOD.grade(), 3, 0));
                }
                states.set(card, s);
                lastDay.set(card, day);
                queue.add(new Due(day + memory.nextInterval(s.stability()), card));
            }
        }
        return rows;
    }

    private Rating pick(double again, double hard, double good) {
        double u = random.nextDouble();
        if (u < again) {
            return Rating.AGAIN;
        }
        if (u < again + hard) {
            return Rating.HARD;
        }
        return u < again + hard + good ? Rating.GOOD : Rating.EASY;
    }
}
