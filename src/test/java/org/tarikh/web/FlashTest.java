package org.tarikh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FlashTest {

    @Test
    void theNoticeJoinsTheQueryAndTheFragmentStaysLast() {
        assertEquals("/settings?flash=settings-saved", Flash.to("/settings", "settings-saved").toString());
        assertEquals("/review?bank=najibullah-dates&flash=undone", Flash.to("/review?bank=najibullah-dates", "undone").toString());
        assertEquals("/teach/banks/b?flash=question-saved#q-7", Flash.to("/teach/banks/b#q-7", "question-saved").toString());
    }

    @Test
    void parametersAreEncoded() {
        assertEquals("/admin/users?flash=role-changed&user=lena+b%26c&role=teacher",
                Flash.to("/admin/users", "role-changed", "user", "lena b&c", "role", "teacher").toString());
        assertEquals("/teach/banks/b?flash=imported&added=3&updated=0&unchanged=12",
                Flash.to("/teach/banks/b", "imported", "added", 3, "updated", 0, "unchanged", 12).toString());
    }

    @Test
    void aKeyWithoutANoticeIsAMistakeFoundAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> Flash.to("/", "no-such-notice"));
        assertThrows(IllegalArgumentException.class, () -> Flash.to("/", "imported", "added"));
    }
}
