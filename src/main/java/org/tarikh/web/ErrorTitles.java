package org.tarikh.web;

import org.tarikh.failure.Conflict;
/** Page titles for the error page, by status. */
final class ErrorTitles {

    private ErrorTitles() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "That did not work";
            case 401 -> "Please sign in";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            case 429 -> "Too many requests";
            case 503 -> "Back in a moment";
            default -> status >= 500 ? "Something went wrong" : "Error " + status;
        };
    }
}
