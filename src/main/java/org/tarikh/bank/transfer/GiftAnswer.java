package org.tarikh.bank.transfer;

/**
 * One answer of an answer block: its mark ('=' right or matching pair, '~' wrong or weighted), its {@code %weight%}
 * (null when none), its text as written (per-answer {@code #feedback} already cut off), where it starts and its
 * feedback (null when none).
 */
record GiftAnswer(char mark, Double weight, String raw, int offset, String feedback) {

    String text() {
        return GiftEscapes.clean(raw);
    }

    boolean right() {
        return mark == '=';
    }

    boolean fullCredit() {
        return weight == null || weight == 100;
    }
}
