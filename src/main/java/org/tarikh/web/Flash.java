package org.tarikh.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * One-line notices after a redirect ({@code ?flash=key}). Only known keys are shown, so a crafted link
 * cannot put words on the page; the app stays stateless (no server session).
 */
@Named("flash")
@RequestScoped
public class Flash {

    private static final Map<String, String> MESSAGES = Map.of(
            "registered", "Welcome to Tarikh! Your account is ready: sign in to start.",
            "signed-out", "You are signed out. See you soon.",
            "role-changed", "The role was changed.",
            "settings-saved", "Your settings are saved.",
            "undone", "The last review was undone: the card is back as it was.",
            "time-up", "Time is up: the exam was finished with the answers you had given.");

    @Inject
    HttpServerRequest request;

    public String message() {
        String key = request.getParam("flash");
        return key == null ? null : MESSAGES.get(key);
    }
}
