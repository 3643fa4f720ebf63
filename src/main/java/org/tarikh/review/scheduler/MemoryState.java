package org.tarikh.review.scheduler;

/** FSRS memory state: stability S in days and difficulty D in [1, 10]. */
public record MemoryState(double stability, double difficulty) {
}
