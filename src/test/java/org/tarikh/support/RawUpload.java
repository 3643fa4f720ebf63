package org.tarikh.support;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A request body sent as the exact bytes given, with the JDK's HTTP client, to the app under test. RestAssured
 * spends about half a second of the test's time on each 2 MB body before sending it, and the import tests send
 * such bodies by the hundred (measured in docs/PERFORMANCE.md, "The suite's time").
 */
public final class RawUpload {

    private RawUpload() {
    }

    /** The status and the body of an answer; {@link #json()} reads the body as RestAssured's JsonPath does. */
    public record Answer(int status, String body) {

        public JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /** POSTs {@code body} to {@code path} as {@code username} (HTTP Basic with the test password). */
    public static Answer post(String username, String path, String contentType, byte[] body) {
        HttpResponse<String> response = NodeHttp.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + path)).timeout(NodeHttp.TIMEOUT)
                .header("Authorization", NodeHttp.basic(username, TestUsers.PASSWORD))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        return new Answer(response.statusCode(), response.body());
    }
}
