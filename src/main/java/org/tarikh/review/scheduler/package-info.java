/** PURE: the FSRS-6 scheduler core, a port of ts-fsrs 5.4.2 (shared/fsrs/FSRS.md); imports java.* only, time comes in as arguments. */
package org.tarikh.review.scheduler;
