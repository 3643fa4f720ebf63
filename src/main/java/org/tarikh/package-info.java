/** Tarikh: quizzes and spaced-repetition flashcards for curated history question banks. */
package org.tarikh;
