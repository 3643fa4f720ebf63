package org.tarikh.support;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP to app nodes for the integration tests: no cookie jar, no redirects, every request bounded in time. */
public final class NodeHttp {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" (?:value|content)=\"([^\"]+)\"");

    private NodeHttp() {
    }

    public static HttpRequest.Builder get(AppNode node, String path) {
        return HttpRequest.newBuilder(node.uri(path)).timeout(TIMEOUT).GET();
    }

    public static HttpRequest.Builder postJson(AppNode node, String path, String json) {
        return HttpRequest.newBuilder(node.uri(path)).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** A form post; {@code fields} are name, value pairs. */
    public static HttpRequest.Builder postForm(AppNode node, String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return HttpRequest.newBuilder(node.uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value a response sets for cookie {@code name}, or null. */
    public static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1).split(";", 2)[0]).findFirst().orElse(null);
    }

    /** The CSRF token of a page: the form's hidden field or the layout's meta tag. */
    public static String csrfToken(HttpResponse<String> page) {
        Matcher m = CSRF_FIELD.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page: " + page.statusCode());
        }
        return m.group(1);
    }

    public static String cookies(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
