package org.tarikh.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * /q/openapi, made on first request from the YAML document the build generated, is the document Quarkus's own
 * start-up step makes from the generated JSON (which the packaged jar leaves out: PackagedJarIT), in both formats.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theJsonDocumentIsTheOneTheBuildGenerated() throws IOException {
        JsonNode generated = JSON.readTree(generated("META-INF/quarkus-generated-openapi-doc.JSON"));
        JsonNode served = json(given().get("/q/openapi?format=json"));
        assertEquals(generated, served);
        assertTrue(served.path("paths").has("/api/v1/reviews"), "the reviews' route is documented");
        assertEquals(served, json(given().get("/q/openapi.json")));
        assertEquals(served, json(given().accept("application/json").get("/q/openapi")));
        given().head("/q/openapi?format=json").then().statusCode(200).contentType("application/json");
    }

    @Test
    void yamlIsTheDefaultAndIsTheOneTheBuildGenerated() throws IOException {
        String generated = new String(generated(OpenApiDocument.GENERATED_YAML), StandardCharsets.UTF_8);
        assertEquals(generated, yaml(given().get("/q/openapi")));
        assertEquals(generated, yaml(given().get("/q/openapi.yaml")));
        assertEquals(generated, yaml(given().get("/q/openapi?format=yaml")));
    }

    /** A file the build generated, as the app's class loader finds it. */
    private static byte[] generated(String path) throws IOException {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static JsonNode json(Response response) {
        response.then().statusCode(200).contentType("application/json");
        try {
            return JSON.readTree(response.asByteArray());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }

    private static String yaml(Response response) {
        response.then().statusCode(200).contentType("application/yaml");
        return response.asString();
    }
}
