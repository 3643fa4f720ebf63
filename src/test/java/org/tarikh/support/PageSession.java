package org.tarikh.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session for page tests: keeps cookies and the CSRF token of the last page it opened. */
public final class PageSession {

    public static final String SESSION_COOKIE = "quarkus-credential";
    public static final String VISITOR_CSRF_COOKIE = "tarikh-csrf";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" (?:value|content)=\"([^\"]+)\"");
    private final Map<String, String> cookies = new HashMap<>();
    private final String username;
    private final String password;
    private String token;

    private PageSession(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public static PageSession open(String path) {
        PageSession s = new PageSession(null, null);
        s.get(path);
        return s;
    }

    /** Signs in through the sign-in form, as a browser does: the session cookie, and no Basic header after that. */
    public static PageSession signIn(String username, String password) {
        PageSession s = open("/login");
        Response r = s.post("/j_security_check", "j_username", username, "j_password", password);
        if (r.statusCode() != 302 || !s.cookies.containsKey(SESSION_COOKIE) || s.cookies.get(SESSION_COOKIE).isEmpty()) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + r.statusCode());
        }
        s.get("/");
        return s;
    }

    public static PageSession openAs(String path, String username, String password) {
        PageSession s = new PageSession(username, password);
        s.get(path);
        return s;
    }

    public Response get(String path) {
        Response r = request().get(path);
        remember(r);
        Matcher m = TOKEN.matcher(r.asString());
        if (m.find()) {
            token = m.group(1);
        }
        return r;
    }

    /** Posts a form with the page's CSRF token; {@code fields} are name, value pairs. */
    public Response post(String path, String... fields) {
        RequestSpecification spec = request().formParam("csrf-token", token);
        for (int i = 0; i < fields.length; i += 2) {
            spec.formParam(fields[i], fields[i + 1]);
        }
        Response r = spec.post(path);
        remember(r);
        return r;
    }

    /** Posts a multipart form (as a file upload form does) with the page's CSRF token. */
    public Response postMultipart(String path, String... fields) {
        RequestSpecification spec = request().multiPart("csrf-token", token);
        for (int i = 0; i < fields.length; i += 2) {
            spec.multiPart(fields[i], fields[i + 1]);
        }
        Response r = spec.post(path);
        remember(r);
        return r;
    }

    /** The sign-in cookie's value (empty after sign-out). */
    public String sessionCookie() {
        return cookies.getOrDefault(SESSION_COOKIE, "");
    }

    /** The CSRF cookie a visitor gets before signing in (empty if none was set). */
    public String visitorCsrfCookie() {
        return cookies.getOrDefault(VISITOR_CSRF_COOKIE, "");
    }

    /** The CSRF token of the last page opened. */
    public String token() {
        return token;
    }

    /** A request with this session's cookies and nothing else: no token, no body unless the caller adds them. */
    public RequestSpecification bare() {
        return request();
    }

    private RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false).cookies(cookies);
        return username == null ? spec : spec.auth().preemptive().basic(username, password);
    }

    private void remember(Response r) {
        cookies.putAll(r.getCookies());
    }
}
