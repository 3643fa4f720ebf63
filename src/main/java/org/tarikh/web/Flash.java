package org.tarikh.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One-line notices after a redirect ({@code ?flash=key}). Only known keys are shown, so a crafted link
 * cannot put words on the page.
 */
@Named("flash")
@RequestScoped
public class Flash {

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("registered", "Welcome to Tarikh! Your account is ready: sign in to start."),
            Map.entry("signed-out", "You are signed out. See you soon."),
            Map.entry("role-changed", "The role was changed."),
            Map.entry("settings-saved", "Your settings are saved."),
            Map.entry("password-changed", "Your password is changed. You were signed out everywhere else."),
            Map.entry("token-revoked", "The token is revoked: scripts using it can no longer sign in."),
            Map.entry("fsrs-defaults", "Your schedule uses the default FSRS parameters again."),
            Map.entry("reviews-imported", "Your review log is imported: fit your schedule to use it."),
            Map.entry("undone", "The last review was undone: the card is back as it was."),
            Map.entry("nothing-to-undo", "There is no review to undo."),
            Map.entry("time-up", "Time is up: the exam was finished with the answers you had given."),
            Map.entry("bank-saved", "The bank's title and description are saved."),
            Map.entry("bank-created", "The bank is ready: add questions, or import a file."),
            Map.entry("question-saved", "The question is saved. Learners who already answered it keep the version they saw."),
            Map.entry("question-retired", "The question is retired: new quizzes no longer draw it; past attempts keep it."),
            Map.entry("question-restored", "The question is back in the bank."),
            Map.entry("imported", "The file was imported."),
            Map.entry("class-created", "The class is ready: give your learners its join code."),
            Map.entry("joined", "You joined the class: its assignments are on your home page."),
            Map.entry("assignment-set", "The assignment is set: your learners see it on their home page."),
            Map.entry("assignment-withdrawn", "The assignment is withdrawn: learners no longer see it. Their quizzes and cards stay theirs."),
            Map.entry("problem-reported", "Thank you: the bank's author will look at your report. Their reply will show under My reports, linked from your settings."),
            Map.entry("problem-closed", "The report is closed."),
            Map.entry("problem-answered", "Your reply is saved: the learner who reported it sees it on their reports page."),
            Map.entry("card-suspended", "The card is suspended: it no longer comes up for review until you unsuspend it."),
            Map.entry("card-unsuspended", "The card is back in your reviews."),
            Map.entry("card-reset", "The card is new again: it comes up with your new cards; its past reviews stay in its history."),
            Map.entry("assignment-changed", "The assignment is changed: your learners see the new settings."),
            Map.entry("no-attempts-left", "You have used every attempt this assignment allows: ask your teacher if you need another."));

    @Inject
    HttpServerRequest request;

    /**
     * A 303 redirect to a page of this site that shows the notice {@code key} there; {@code params} are more
     * name/value pairs for the notice (a count, a username), URL-encoded here. A fragment ({@code #q-3}) stays last.
     */
    public static Response redirect(String path, String key, Object... params) {
        return Response.seeOther(to(path, key, params)).build();
    }

    /** The address {@link #redirect} sends to. */
    public static URI to(String path, String key, Object... params) {
        if (!MESSAGES.containsKey(key)) {
            throw new IllegalArgumentException("no notice is written for the flash key '" + key + "'");
        }
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("flash parameters come in name/value pairs");
        }
        int hash = path.indexOf('#');
        String fragment = hash < 0 ? "" : path.substring(hash);
        String base = hash < 0 ? path : path.substring(0, hash);
        StringBuilder query = new StringBuilder(base).append(base.contains("?") ? '&' : '?').append("flash=").append(key);
        for (int i = 0; i < params.length; i += 2) {
            query.append('&').append(params[i]).append('=')
                    .append(URLEncoder.encode(String.valueOf(params[i + 1]), StandardCharsets.UTF_8));
        }
        return URI.create(query.append(fragment).toString());
    }

    public String message() {
        String key = request.getParam("flash");
        if ("imported".equals(key) && count("added") != null) {
            return "The file was imported: " + count("added") + " new, " + orZero(count("updated")) + " updated, "
                    + orZero(count("unchanged")) + " unchanged.";
        }
        String user = request.getParam("user");
        String role = request.getParam("role");
        // Only a plain username and a known role are repeated; the template escapes them as well.
        if ("role-changed".equals(key) && user != null && user.matches("[\\w.@-]{1,64}") && role != null
                && List.of("learner", "teacher", "admin").contains(role)) {
            return user + " is now " + (role.equals("admin") ? "an admin" : "a " + role) + ".";
        }
        return key == null ? null : MESSAGES.get(key);
    }

    private static String orZero(String count) {
        return count == null ? "0" : count;
    }

    /** A count from the address, formatted with thousands separators; null when absent or not a number. */
    private String count(String name) {
        String v = request.getParam(name);
        if (v == null || !v.matches("\\d{1,9}")) {
            return null;
        }
        return String.format(java.util.Locale.ENGLISH, "%,d", Long.parseLong(v));
    }
}
