package org.tarikh.web.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One operation of the OpenAPI document: what the fuzzer needs to address it and to shape its body. */
record Operation(String method, String path, List<String> pathParams, List<String> queryParams,
                 String bodyType, Map<String, String> bodyFields) {

    boolean isApi() {
        return path.startsWith("/api/");
    }

    boolean hasBody() {
        return bodyType != null;
    }

    /** Every operation of {@code /q/openapi?format=json}, in the document's order. */
    static List<Operation> all(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<String> inPath = new ArrayList<>();
            List<String> inQuery = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                switch (p.path("in").asText()) {
                    case "path" -> inPath.add(p.get("name").asText());
                    case "query" -> inQuery.add(p.get("name").asText());
                    default -> { }
                }
            });
            String bodyType = null;
            Map<String, String> fields = new LinkedHashMap<>();
            JsonNode content = op.getValue().path("requestBody").path("content");
            if (content.fieldNames().hasNext()) {
                bodyType = content.fieldNames().next();
                fields = fields(document, content.get(bodyType).path("schema"));
            }
            operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), inPath, inQuery, bodyType, fields));
        }));
        return operations;
    }

    /** Property name to OpenAPI type ("string", "integer", "array", ...), following one $ref. */
    private static Map<String, String> fields(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            schema = document.path("components").path("schemas").path(name);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p ->
                fields.put(p.getKey(), p.getValue().has("$ref") ? "object" : p.getValue().path("type").asText("object")));
        return fields;
    }
}
