package org.tarikh.review.optimizer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * Turns revlog rows into training items as the fsrs binding's converter does (ts-fsrs packages/binding convert.rs,
 * next day at 04:00, UTC): per card, from its last run of new/learning rows on, one item per review that comes a study
 * day or more after the previous one.
 */
public final class TrainingItems {

    /** The study day starts at 04:00 (Anki's default rollover, and the converter's argument). */
    static final Duration DAY_ROLLOVER = Duration.ofHours(4);

    private TrainingItems() {
    }

    /** All items with study days in UTC, as the command counts them. */
    public static List<TrainingItem> from(List<RevlogRow> rows) {
        return from(rows, ZoneOffset.UTC);
    }

    /** All items with study days in {@code zone}, sorted by the time of their target review (stable: ties keep card-id order). */
    public static List<TrainingItem> from(List<RevlogRow> rows, ZoneId zone) {
        Map<String, List<RevlogRow>> byCard = new TreeMap<>(); // card-id order, which ties in time keep
        for (RevlogRow r : rows) {
            byCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>()).add(r);
        }
        List<TrainingItem> items = new ArrayList<>();
        for (List<RevlogRow> card : byCard.values()) {
            card.sort(Comparator.comparingLong(RevlogRow::reviewTimeMs));
            addItems(fromLastLearning(card), zone, items);
        }
        items.sort(Comparator.comparingLong(TrainingItem::lastReviewMs));
        return items;
    }

    /** The study day a review counts for, in {@code zone}. */
    static LocalDate studyDay(long reviewTimeMs, ZoneId zone) {
        long seconds = Math.floorDiv(reviewTimeMs, 1000L);
        return LocalDate.ofInstant(Instant.ofEpochSecond(seconds).minus(DAY_ROLLOVER), zone);
    }

    /** The card's last contiguous run of state 0/1 rows and all after it; nothing when it has no such row. */
    private static List<RevlogRow> fromLastLearning(List<RevlogRow> card) {
        Integer start = null;
        for (int i = card.size() - 1; i >= 0; i--) {
            if (card.get(i).state() <= 1) {
                start = i;
            } else if (start != null) {
                break;
            }
        }
        return start == null ? List.of() : card.subList(start, card.size());
    }

    private static void addItems(List<RevlogRow> kept, ZoneId zone, List<TrainingItem> items) {
        int n = kept.size();
        int[] ratings = new int[n];
        int[] deltas = new int[n];
        LocalDate previous = null;
        for (int i = 0; i < n; i++) {
            LocalDate day = studyDay(kept.get(i).reviewTimeMs(), zone);
            ratings[i] = kept.get(i).rating();
            deltas[i] = previous == null ? 0 : (int) Math.max(0, day.toEpochDay() - previous.toEpochDay());
            previous = day;
        }
        for (int i = 1; i < n; i++) {
            if (deltas[i] > 0) {
                items.add(new TrainingItem(java.util.Arrays.copyOf(ratings, i + 1), java.util.Arrays.copyOf(deltas, i + 1),
                        kept.get(i).reviewTimeMs()));
            }
        }
    }
}
