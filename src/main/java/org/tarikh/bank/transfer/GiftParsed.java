package org.tarikh.bank.transfer;

import java.util.Map;

/**
 * One question block as read, before it gets an id and meets the validator: its title (null when untitled),
 * prompt, type fields in the bank-file shape ({@code type}, {@code choices}, ...) and general feedback.
 * A block Tarikh cannot use has a {@code skipped} reason instead.
 */
record GiftParsed(GiftBlock block, String title, String prompt, Map<String, Object> fields, String explanation,
                  String skipped) {

    static GiftParsed skipped(GiftBlock block, String reason) {
        return new GiftParsed(block, null, null, null, null, reason);
    }

    int line() {
        return block.firstLine();
    }
}
