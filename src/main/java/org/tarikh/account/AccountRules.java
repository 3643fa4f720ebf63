package org.tarikh.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tarikh.failure.Problem;
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

    static List<Problem> checkRegistration(String username, String password, String displayName) {
        List<Problem> problems = new ArrayList<>();
        if (username == null || username.isBlank()) {
            problems.add(Problem.field("username", "A username is required."));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(Problem.field("username",
                    "A username has 3 to 32 characters: lowercase letters, digits, '_', '.' or '-'."));
        }
        checkPassword("password", password, problems);
        checkDisplayName(displayName, problems);
        return problems;
    }

    static void checkPassword(String field, String password, List<Problem> problems) {
        if (password == null || password.isEmpty()) {
            problems.add(Problem.field(field, "A password is required."));
        } else if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            problems.add(Problem.field(field, "The password must have at least " + MIN_PASSWORD + " characters."));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(Problem.field(field, "The password must be at most " + MAX_PASSWORD_BYTES + " bytes long."));
        }
    }

    static void checkDisplayName(String displayName, List<Problem> problems) {
        String clean = displayName(displayName);
        if (clean != null && clean.length() > MAX_DISPLAY_NAME) {
            problems.add(Problem.field("displayName", "The display name must be at most " + MAX_DISPLAY_NAME + " characters."));
        } else {
            TextInput.name("displayName", clean, MAX_DISPLAY_NAME, problems);
        }
    }

    /** The display name as stored: stripped, without bidi controls (null stays null). */
    static String displayName(String typed) {
        return typed == null ? null : UnsafeText.withoutBidiControls(typed).strip();
    }
}
