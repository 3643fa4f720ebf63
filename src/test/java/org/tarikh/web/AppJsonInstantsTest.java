package org.tarikh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's own object mapper writes instants with {@link JsonInstants}, not with Jackson's formatter. */
@QuarkusTest
class AppJsonInstantsTest {

    @Inject
    ObjectMapper json;

    @Test
    void theAppsMapperFindsTheIsoTextSerializer() throws Exception {
        assertTrue(json.getSerializerProviderInstance().findValueSerializer(Instant.class).getClass().getName()
                .startsWith(JsonInstants.class.getName()));
        assertEquals("{\"due\":\"2026-11-30T04:00:00.250Z\"}",
                json.writeValueAsString(Map.of("due", Instant.parse("2026-11-30T04:00:00.250Z"))));
    }
}
