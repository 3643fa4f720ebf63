package org.tarikh.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.text.UnsafeText;
import org.tarikh.web.TextInput;

/** The rules an account's fields must follow, checked in one place for the API and the pages. */
final class AccountRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{3,32}");
    static final int MIN_PASSWORD = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_DISPLAY_NAME = 80;

    private AccountRules() {
    }

    static List<ErrorDetail> checkRegistration(String username, String password, String displayName) {
        List<ErrorDetail> details = new ArrayList<>();
        if (username == null || username.isBlank()) {
            details.add(ErrorDetail.field("username", "A username is required."));
        } else if (!USERNAME.matcher(username).matches()) {
            details.add(ErrorDetail.field("username",
                    "A username has 3 to 32 characters: lowercase letters, digits, '_', '.' or '-'."));
        }
        checkPassword("password", password, details);
        checkDisplayName(displayName, details);
        return details;
    }

    static void checkPassword(String field, String password, List<ErrorDetail> details) {
        if (password == null || password.isEmpty()) {
            details.add(ErrorDetail.field(field, "A password is required."));
        } else if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            details.add(ErrorDetail.field(field, "The password must have at least " + MIN_PASSWORD + " characters."));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            details.add(ErrorDetail.field(field, "The password must be at most " + MAX_PASSWORD_BYTES + " bytes long."));
        }
    }

    static void checkDisplayName(String displayName, List<ErrorDetail> details) {
        String clean = displayName(displayName);
        if (clean != null && clean.length() > MAX_DISPLAY_NAME) {
            details.add(ErrorDetail.field("displayName",
                    "The display name must be at most " + MAX_DISPLAY_NAME + " characters."));
        } else {
            TextInput.name("displayName", clean, MAX_DISPLAY_NAME, details);
        }
    }

    /** The display name as stored: stripped, without bidi controls (null stays null). */
    static String displayName(String typed) {
        return typed == null ? null : UnsafeText.withoutBidiControls(typed).strip();
    }
}
