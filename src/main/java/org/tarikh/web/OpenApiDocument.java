package org.tarikh.web;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The API's OpenAPI document at {@code /q/openapi} (YAML, or JSON for {@code ?format=json}, an {@code Accept} of
 * JSON or the {@code .json} path), served in place of Quarkus's handler and made when it is first asked for rather
 * than at every start. Quarkus 3.33 reads the document its build generated, runs it through SmallRye OpenAPI and
 * writes it out as JSON and YAML while the app starts (quarkus#54826; lazy again in later releases): 0.21 s of the
 * main thread's 1.25 s (docs/PERFORMANCE.md, nineteenth session). The packaged jar leaves out the generated JSON
 * file that step reads (see application.properties), so it finds nothing to do; this route makes the same document
 * from the generated YAML file, with the same library and options, once.
 */
@Singleton
public class OpenApiDocument {

    static final String GENERATED_YAML = "META-INF/quarkus-generated-openapi-doc.YAML";
    private static final List<String> PATHS = List.of("/q/openapi", "/q/openapi.json", "/q/openapi.yaml",
            "/q/openapi.yml");
    /**
     * Ahead of the {@code /q} routes, which Quarkus mounts as one router on the main router with its first orders (0
     * and up); after sign-in, the security headers and the other filters (negative orders).
     */
    private static final int ORDER = -1;

    /** The document in both formats. */
    private record Written(byte[] json, byte[] yaml) {
    }

    private Written written;

    void install(@Observes Router router) {
        for (String path : PATHS) {
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD)
                    .order(ORDER).blockingHandler(this::send, false);
        }
    }

    private void send(RoutingContext rc) {
        boolean json = wantsJson(rc);
        Written document = document();
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE,
                        (json ? "application/json" : "application/yaml") + ";charset=UTF-8")
                .end(Buffer.buffer(json ? document.json() : document.yaml()));
    }

    /** As Quarkus chooses: the path's suffix, then a {@code format} parameter, then the Accept header. */
    private static boolean wantsJson(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        List<String> format = rc.queryParam("format");
        if (!format.isEmpty()) {
            return "json".equalsIgnoreCase(format.get(0));
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json");
    }

    /** Asked for now and then, on a worker thread: a lock is cheap here. */
    private synchronized Written document() {
        if (written == null) {
            written = write();
        }
        return written;
    }

    /** The generated document read and written out as Quarkus's start-up step does, with no filter to run. */
    private static Written write() {
        SmallRyeOpenAPI document = SmallRyeOpenAPI.builder()
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false)
                .withCustomStaticFile(OpenApiDocument::generatedYaml)
                .build();
        return new Written(document.toJSON().getBytes(StandardCharsets.UTF_8),
                document.toYAML().getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream generatedYaml() {
        InputStream yaml = OpenApiDocument.class.getClassLoader().getResourceAsStream(GENERATED_YAML);
        if (yaml == null) {
            throw new IllegalStateException(GENERATED_YAML + " is missing: the build generates it");
        }
        return yaml;
    }
}
