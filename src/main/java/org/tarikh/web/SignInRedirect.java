package org.tarikh.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a visitor who must sign in is sent, and where the sign-in form may send them back to. */
public final class SignInRedirect {

    private SignInRedirect() {
    }

    /** The API and the metrics answer 401 to a missing sign-in; pages send people to the sign-in form. */
    public static boolean answersWith401(String path) {
        return path == null || path.startsWith("/api/") || path.startsWith("/q/");
    }

    /** The sign-in page, remembering a GET page to come back to. A relative address: never built from the Host header. */
    public static String to(String method, String uri) {
        return "GET".equals(method) && isLocal(uri) && !uri.equals("/")
                ? "/login?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8) : "/login";
    }

    /** Where to go after signing in: only a path of this site, never another host. */
    public static String afterSignIn(String next) {
        return isLocal(next) ? next : "/";
    }

    private static boolean isLocal(String uri) {
        return uri != null && uri.startsWith("/") && !uri.startsWith("//") && !uri.startsWith("/\\")
                && uri.length() <= 2000 && uri.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
    }
}
