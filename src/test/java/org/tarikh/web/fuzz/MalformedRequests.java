package org.tarikh.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The malformed requests for one operation: bad path values, bad query values, and bodies that are broken,
 * empty, of the wrong type or content type, or full of NUL bytes, huge or negative numbers and overlong text.
 * Everything else in the request is valid, so each probe reaches as deep as its one fault lets it.
 */
final class MalformedRequests {

    /** Raw (already percent-encoded) path and query values. */
    static final List<String> BAD_ADDRESS_VALUES = List.of("a%00b", "99999999999999999999", "-1", "not-a-uuid",
            "x".repeat(1000), "%25%25%25%25", "%E2%80%AEevil", "%C0%AF", "1.5", "%%%%", "%ZZ");

    private static final String OVERLONG = "x".repeat(100_000);
    private static final String[] GARBAGE = {"\u0000", "\u0001\u001b[0m", "\u202E", "%%%%", "' OR 1=1 --", "\uFFFF",
            "\uD800", "9".repeat(40), "-9223372036854775809", "NaN", "<x/>", "${x}", "{{x}}", "\t\n\r"};

    private final Operation op;
    private final Function<String, String> validPathValue;
    private final Map<String, String> baseHeaders;
    private final String csrfToken;
    private final Random random;

    /** {@code baseHeaders}: the user's credentials and cookies; {@code csrfToken}: the form token for its cookie. */
    MalformedRequests(Operation op, Function<String, String> validPathValue, Map<String, String> baseHeaders,
                      String csrfToken, Random random) {
        this.op = op;
        this.validPathValue = validPathValue;
        this.baseHeaders = baseHeaders;
        this.csrfToken = csrfToken;
        this.random = random;
    }

    List<Probe> all() {
        List<Probe> probes = new ArrayList<>();
        for (String bad : op.pathParams().isEmpty() ? List.<String>of() : BAD_ADDRESS_VALUES) {
            probes.add(probe("path=" + shorten(bad), target(p -> bad, ""), headers(null), null));
        }
        for (String bad : op.queryParams().isEmpty() ? List.<String>of() : BAD_ADDRESS_VALUES) {
            String query = op.queryParams().stream().map(q -> q + "=" + bad).collect(Collectors.joining("&"));
            probes.add(probe("query=" + shorten(bad), target(validPathValue, query), headers(null), null));
        }
        if (op.bodyType() == null) {
            probes.add(probe("no body", target(validPathValue, ""), headers(null), null));
            probes.add(probe("stray form body", target(validPathValue, ""),
                    headers("application/x-www-form-urlencoded"), bytes("%%%%")));
        } else if (op.bodyType().contains("json")) {
            probes.addAll(jsonBodies());
        } else if (op.bodyType().contains("x-www-form-urlencoded")) {
            probes.addAll(formBodies());
        } else if (op.bodyType().contains("multipart")) {
            probes.addAll(multipartBodies());
        } else {
            probes.addAll(textBodies());
        }
        return probes;
    }

    private List<Probe> jsonBodies() {
        String json = "application/json";
        List<Probe> probes = new ArrayList<>();
        for (String broken : List.of("{", "", "null", "[]", "\"text\"", "{\"a\":}", "{\"a\": 1e999999}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\": \"\\u0000\"}", "\u0000")) {
            probes.add(body("json " + shorten(broken), json, broken));
        }
        probes.add(body("json all NUL", json, object(t -> "\"a\\u0000b\"")));
        probes.add(body("json all control", json, object(t -> "\"\\u0001\\u001b\"")));
        probes.add(body("json wrong types", json, object(t -> t.equals("string") ? "[[1]]" : "\"text\"")));
        probes.add(body("json objects", json, object(t -> "{\"x\": {\"y\": null}}")));
        probes.add(body("json huge numbers", json, object(t -> "99999999999999999999999999")));
        probes.add(body("json huge doubles", json, object(t -> "1e308")));
        probes.add(body("json negative", json, object(t -> "-1")));
        probes.add(body("json overlong", json, object(t -> "\"" + OVERLONG + "\"")));
        probes.add(body("json long lists", json, object(t -> "[" + "\"x\",".repeat(20_000) + "\"x\"]")));
        probes.add(body("json random", json, object(t -> quote(GARBAGE[random.nextInt(GARBAGE.length)]))));
        probes.add(body("json as text/plain", "text/plain", object(t -> "\"x\"")));
        probes.add(body("json as form", "application/x-www-form-urlencoded", "%%%%"));
        probes.add(body("json as xml", "application/xml", "<a>1</a>"));
        return probes;
    }

    private List<Probe> formBodies() {
        String form = "application/x-www-form-urlencoded";
        List<Probe> probes = new ArrayList<>();
        probes.add(body("form no fields", form, token()));
        probes.add(body("form all NUL", form, fields(f -> "a%00b")));
        probes.add(body("form all control", form, fields(f -> "%01%1B")));
        probes.add(body("form huge numbers", form, fields(f -> "99999999999999999999")));
        probes.add(body("form negative", form, fields(f -> "-1")));
        probes.add(body("form overlong", form, fields(f -> OVERLONG)));
        probes.add(body("form bad escape", form, fields(f -> "%ZZ")));
        probes.add(body("form random", form, fields(f -> encode(GARBAGE[random.nextInt(GARBAGE.length)]))));
        probes.add(body("form %%%%", form, "%%%%"));
        probes.add(body("form without token", form, fields(f -> "x").replaceFirst("^csrf-token=[^&]*&?", "")));
        probes.add(body("form as json", "application/json", "{}"));
        probes.add(body("form as broken multipart", "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form"));
        return probes;
    }

    private List<Probe> multipartBodies() {
        List<Probe> probes = new ArrayList<>();
        String type = "multipart/form-data; boundary=b";
        probes.add(body("multipart cut", type, "--b\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ngi"));
        probes.add(body("multipart no boundary", "multipart/form-data", "--b--"));
        probes.add(body("multipart empty", type, part("csrf-token", csrfToken == null ? "" : csrfToken) + "--b--\r\n"));
        for (String value : List.of("a\u0000b", OVERLONG, "%%%%", "-1", "\uD800")) {
            StringBuilder parts = new StringBuilder(part("csrf-token", csrfToken == null ? "" : csrfToken));
            for (String field : op.bodyFields().keySet()) {
                parts.append(part(field, value));
            }
            probes.add(body("multipart " + shorten(value), type, parts + "--b--\r\n"));
        }
        probes.add(body("multipart as form", "application/x-www-form-urlencoded", "%%%%"));
        return probes;
    }

    private List<Probe> textBodies() {
        List<Probe> probes = new ArrayList<>();
        for (String text : List.of("a\u0000b", "", "%%%%", "\uFFFF\uD800", "{\"a\": 1}", "x".repeat(200_000))) {
            probes.add(body("text " + shorten(text), "text/plain", text));
        }
        byte[] invalidUtf8 = new byte[4096];
        random.nextBytes(invalidUtf8);
        probes.add(probe("random bytes", target(validPathValue, "format=gift"), headers("application/octet-stream"), invalidUtf8));
        probes.add(body("text as form", "application/x-www-form-urlencoded", "%%%%"));
        return probes;
    }

    private Probe body(String label, String contentType, String body) {
        String query = op.queryParams().contains("format") ? "format=yaml" : "";
        return probe(label, target(validPathValue, query), headers(contentType), bytes(body));
    }

    private Probe probe(String label, String target, Map<String, String> headers, byte[] body) {
        return new Probe(label, op.method(), target, headers, body);
    }

    private String target(Function<String, String> pathValue, String query) {
        String path = op.path();
        for (String name : op.pathParams()) {
            path = path.replace("{" + name + "}", pathValue.apply(name));
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    private String object(Function<String, String> valueForType) {
        Map<String, String> fields = op.bodyFields().isEmpty() ? Map.of("value", "string") : op.bodyFields();
        return fields.entrySet().stream().map(e -> quote(e.getKey()) + ": " + valueForType.apply(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private String fields(Function<String, String> value) {
        String token = token();
        String rest = op.bodyFields().keySet().stream().map(f -> f + "=" + value.apply(f)).collect(Collectors.joining("&"));
        return rest.isEmpty() ? token : token.isEmpty() ? rest : token + "&" + rest;
    }

    private String token() {
        return csrfToken == null ? "" : "csrf-token=" + csrfToken;
    }

    private static String part(String name, String value) {
        return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        String shown = s.chars().mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .collect(Collectors.joining());
        return shown.length() > 24 ? shown.substring(0, 24) + "..." : shown;
    }
}
