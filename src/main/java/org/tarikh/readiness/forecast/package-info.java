/** PURE: predicted recall on an exam day and the reviews needed before it, from FSRS memory states; java.* and review.scheduler only. */
package org.tarikh.readiness.forecast;
