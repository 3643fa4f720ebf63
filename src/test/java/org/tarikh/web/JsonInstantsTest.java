package org.tarikh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instants in JSON: the text Jackson's own Java time serializer writes with the app's settings, field for field. */
class JsonInstantsTest {

    record Due(long cardId, Instant due, Instant lastReview) {
    }

    @Test
    void writesWhatJacksonsOwnSerializerWrites() throws Exception {
        ObjectMapper jacksons = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ObjectMapper ours = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new JsonInstants().customize(ours);
        List<Object> values = Arrays.asList(
                new Due(7, Instant.parse("2026-11-30T04:00:00Z"), null),
                new Due(8, Instant.parse("2027-03-22T04:08:18.702Z"), Instant.parse("2026-11-01T04:08:18.702123Z")),
                Map.of("at", Instant.parse("1969-12-31T23:59:59.999999999Z")),
                List.of(Instant.parse("+10000-01-01T00:00:00Z")));
        for (Object value : values) {
            assertEquals(jacksons.writeValueAsString(value), ours.writeValueAsString(value));
        }
        assertEquals("{\"cardId\":8,\"due\":\"2027-03-22T04:08:18.702Z\",\"lastReview\":\"2026-11-01T04:08:18.702123Z\"}",
                ours.writeValueAsString(values.get(1)));
    }
}
