package org.tarikh.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotFound;

/** Reading and changing a learner's own profile and study settings. */
@ApplicationScoped
public class ProfileService {

    static final double MIN_RETENTION = 0.70;
    static final double MAX_RETENTION = 0.97;
    static final int MAX_NEW_PER_DAY = 1000;

    @Transactional
    public Profile profileOf(String username) {
        return Profile.of(find(username));
    }

    @Transactional
    public Profile update(String username, ProfileChange change) {
        List<ErrorDetail> details = check(change);
        if (!details.isEmpty()) {
            throw new InvalidInput("The settings were not saved: " + details.get(0).message(), details);
        }
        User user = find(username);
        if (change.displayName() != null) {
            String shown = AccountRules.displayName(change.displayName());
            user.displayName = shown.isEmpty() ? user.username : shown;
        }
        if (change.desiredRetention() != null) {
            user.desiredRetention = change.desiredRetention();
        }
        if (change.newCardsPerDay() != null) {
            user.newCardsPerDay = change.newCardsPerDay();
        }
        if (change.timeZone() != null) {
            user.timeZone = change.timeZone().isBlank() ? null : ZoneId.of(change.timeZone().strip()).getId();
        }
        return Profile.of(user);
    }

    private static List<ErrorDetail> check(ProfileChange change) {
        List<ErrorDetail> details = new ArrayList<>();
        AccountRules.checkDisplayName(change.displayName(), details);
        Double r = change.desiredRetention();
        if (r != null && (r.isNaN() || r < MIN_RETENTION || r > MAX_RETENTION)) {
            details.add(ErrorDetail.field("desiredRetention", "Desired retention must be between 0.70 and 0.97."));
        }
        Integer n = change.newCardsPerDay();
        if (n != null && (n < 0 || n > MAX_NEW_PER_DAY)) {
            details.add(ErrorDetail.field("newCardsPerDay", "New cards per day must be between 0 and " + MAX_NEW_PER_DAY + "."));
        }
        if (change.timeZone() != null && !change.timeZone().isBlank()) {
            try {
                ZoneId.of(change.timeZone().strip());
            } catch (DateTimeException e) {
                details.add(ErrorDetail.field("timeZone",
                        "'" + change.timeZone() + "' is not a known time zone (e.g. Asia/Kabul)."));
            }
        }
        return details;
    }

    private static User find(String username) {
        return User.findByUsername(username).orElseThrow(() -> new NotFound("No such account."));
    }
}
