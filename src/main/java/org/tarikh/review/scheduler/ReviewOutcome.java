package org.tarikh.review.scheduler;

/** The card after one answer, with its log record. */
public record ReviewOutcome(CardState card, ReviewLog log) {
}
