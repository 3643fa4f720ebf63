package org.tarikh.review.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneJsonObjectWithTheFitAndTheDefaultsFigures() throws IOException {
        Path file = dir.resolve("sample.csv");
        try (InputStream in = getClass().getResourceAsStream("/fsrs/optimizer/sample.csv")) {
            Files.copy(in, file);
        }
        assertEquals(0, run(file.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.strip().lines().count(), "one line");
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals(21, json.get("parameters").size());
        assertEquals(2736, json.get("items").asInt());
        assertEquals(0.275251, json.get("defaultLogLoss").asDouble(), 1e-3);
        assertEquals(0.082025, json.get("defaultRmseBins").asDouble(), 1e-3);
        assertTrue(json.get("logLoss").asDouble() < json.get("defaultLogLoss").asDouble());
        assertTrue(json.get("rmseBins").asDouble() < json.get("defaultRmseBins").asDouble());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadValueExitsOneNamingTheLineAndTheField() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "card_id,review_time,review_rating,review_state,review_duration\n"
                + "1,1684193063231,3,0,100\n1,1684193108618,5,1,100\n");
        assertEquals(1, run(file.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.strip().lines().count(), message);
        assertTrue(message.contains("line 3, field review_rating: 5 is outside 1..4"), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingColumnOrFractionalDurationOrMissingFileIsRefused() throws IOException {
        Path noColumn = dir.resolve("nocol.csv");
        Files.writeString(noColumn, "card_id,review_time,review_rating,review_state\n1,1684193063231,3,0\n");
        assertEquals(1, run(noColumn.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 1, field review_duration"));

        err.reset();
        Path fractional = dir.resolve("frac.csv");
        Files.writeString(fractional, "card_id,review_time,review_rating,review_state,review_duration\n1,1684193063231,3,0,1.5\n");
        assertEquals(1, run(fractional.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 2, field review_duration: '1.5' is not a whole number"));

        err.reset();
        assertEquals(1, run(dir.resolve("absent.csv").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read"));
    }

    private int run(String file) {
        return OptimizeCommand.run(List.of(file), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
