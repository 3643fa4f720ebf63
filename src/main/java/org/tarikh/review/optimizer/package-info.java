/** PURE: fits the 21 FSRS-6 weights to one learner's review log as fsrs-rs v6.5.0 does; imports java.* and review.scheduler only. */
package org.tarikh.review.optimizer;
