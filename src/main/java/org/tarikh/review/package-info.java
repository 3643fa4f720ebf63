/** Flashcards: decks from banks, the review queue, idempotent reviews scheduled by FSRS-6, undo, the review page. */
package org.tarikh.review;
