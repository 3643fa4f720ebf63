package org.tarikh.signin;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.tarikh.web.SignedInUser;

/** The account columns every sign-in lookup reads (alias {@code u}), and the record made of them. */
final class AccountColumns {

    static final String SELECT = "u.id, u.username, u.display_name, u.role, u.time_zone, u.new_cards_per_day, "
            + "u.desired_retention, u.fsrs_parameters";
    /** How many columns {@link #SELECT} has. */
    static final int COUNT = 8;

    private AccountColumns() {
    }

    /** Reads the columns of {@link #SELECT} starting at column {@code first}. */
    static SignedInUser read(ResultSet r, int first, SignedInUser.Via via, Long sessionId, String csrfToken)
            throws SQLException {
        return new SignedInUser(r.getLong(first), r.getString(first + 1), r.getString(first + 2),
                r.getString(first + 3), r.getString(first + 4), r.getInt(first + 5), r.getDouble(first + 6), r.getString(first + 7), via,
                sessionId, csrfToken);
    }
}
