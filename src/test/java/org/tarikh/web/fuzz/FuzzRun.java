package org.tarikh.web.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Sends the malformed requests of every operation as every user, and keeps what answered wrongly. */
public final class FuzzRun {

    /** A caller: the headers that sign it in (and carry its CSRF cookie), and its form token. */
    public record User(Map<String, String> headers, String csrfToken, boolean signedIn) {
    }

    private final int port;
    private final Random random;
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> apiErrorsWithoutBody = new ArrayList<>();
    private int sent;

    public FuzzRun(int port, Random random) {
        this.port = port;
        this.random = random;
    }

    /** {@code validValues}: for an operation's path, a valid value for each path parameter name. */
    public void sendToEvery(JsonNode openApi, Map<String, User> users,
                            Function<String, Function<String, String>> validValues) {
        for (Operation op : Operation.all(openApi)) {
            users.forEach((who, user) -> {
                if (op.path().equals("/logout") && user.signedIn()) {
                    return; // it would end the session the rest of the run signs in with
                }
                MalformedRequests requests = new MalformedRequests(op, validValues.apply(op.path()), user.headers(),
                        user.csrfToken(), random);
                for (Probe probe : requests.all()) {
                    send(who, op, probe);
                }
            });
        }
    }

    private void send(String who, Operation op, Probe probe) {
        RawHttp.Answer answer = RawHttp.send(port, probe.method(), probe.target(), probe.headers(), probe.body());
        sent++;
        if (answer.status() >= 500 || answer.status() < 100) {
            serverErrors.add(answer.status() + " as " + who + ": " + probe);
        } else if (op.isApi() && answer.status() >= 400 && !probe.undecodableAddress()
                && !answer.body().contains("\"error\"")) {
            apiErrorsWithoutBody.add(answer.status() + " as " + who + ": " + probe + " -> "
                    + answer.body().substring(0, Math.min(80, answer.body().length())));
        }
    }

    public int sent() {
        return sent;
    }

    public List<String> serverErrors() {
        return serverErrors;
    }

    public List<String> apiErrorsWithoutBody() {
        return apiErrorsWithoutBody;
    }
}
