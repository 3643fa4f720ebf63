/** The card browser (Anki's): search a learner's cards, suspend, unsuspend and reset them, read their history. */
package org.tarikh.cards;
