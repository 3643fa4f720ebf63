package org.tarikh.review.optimizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * fsrs-rs src/dataset.rs filter_outlier / prepare_training_data. Items with a single long-term review are grouped by
 * (first rating, its delta_t); per rating the smallest groups, up to max(20, 5%) of the items, are dropped, then any
 * group under 6 items or beyond 100 days (365 for a first Easy). A dropped pair drops every item that starts so.
 */
final class OutlierFilter {

    private static final int MIN_REMOVED = 20;
    private static final int MIN_GROUP = 6;
    private static final int MAX_DELTA_T = 100;
    private static final int MAX_DELTA_T_EASY = 365;

    /**
     * @param pretraining the kept single-long-term items, by rating 1..4, groups small to large (then by delta_t),
     *                    each group in time order
     * @param survivors   every item whose (first rating, first long-term delta_t) was kept, in the input order
     */
    record Split(List<TrainingItem> pretraining, List<TrainingItem> survivors) {

        /** The order fsrs-rs's evaluate scores items in: the pretraining set, then the other survivors. */
        List<TrainingItem> evaluationOrder() {
            List<TrainingItem> out = new ArrayList<>(pretraining);
            survivors.stream().filter(i -> i.longTermCount() != 1).forEach(out::add);
            return out;
        }
    }

    private OutlierFilter() {
    }

    static Split apply(List<TrainingItem> items) {
        Map<Integer, Map<Integer, List<TrainingItem>>> groups = new TreeMap<>();
        for (TrainingItem item : items) {
            if (item.longTermCount() == 1) {
                groups.computeIfAbsent(item.ratings()[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(item.lastDeltaT(), k -> new ArrayList<>()).add(item);
            }
        }
        List<TrainingItem> pretraining = new ArrayList<>();
        Map<Integer, Set<Integer>> removed = new TreeMap<>();
        groups.forEach((rating, byDeltaT) -> {
            List<Map.Entry<Integer, List<TrainingItem>>> ascending = new ArrayList<>(byDeltaT.entrySet());
            // fsrs-rs sorts by size then delta_t, both descending, and walks that list backwards
            ascending.sort(Comparator.<Map.Entry<Integer, List<TrainingItem>>>comparingInt(e -> e.getValue().size())
                    .thenComparingInt(Map.Entry::getKey));
            int total = ascending.stream().mapToInt(e -> e.getValue().size()).sum();
            int threshold = Math.max(MIN_REMOVED, total / 20);
            int removedCount = 0;
            Set<Integer> dropped = removed.computeIfAbsent(rating, k -> new HashSet<>());
            for (Map.Entry<Integer, List<TrainingItem>> group : ascending) {
                int size = group.getValue().size();
                int deltaT = group.getKey();
                if (removedCount + size >= threshold) {
                    if (size >= MIN_GROUP && deltaT <= (rating == 4 ? MAX_DELTA_T_EASY : MAX_DELTA_T)) {
                        pretraining.addAll(group.getValue());
                    } else {
                        dropped.add(deltaT);
                    }
                } else {
                    removedCount += size;
                    dropped.add(deltaT);
                }
            }
        });
        List<TrainingItem> survivors = new ArrayList<>();
        for (TrainingItem item : items) {
            Set<Integer> dropped = removed.get(item.ratings()[0]);
            if (dropped == null || !dropped.contains(item.firstLongTermDeltaT())) {
                survivors.add(item);
            }
        }
        return new Split(pretraining, survivors);
    }
}
