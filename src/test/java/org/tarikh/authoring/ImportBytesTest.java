package org.tarikh.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.transfer.BadBytes;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/** Whatever bytes a script sends to the import API, the answer is a question count or a 4xx naming the line, never a 500. */
@QuarkusTest
class ImportBytesTest {

    @Test
    void noByteSequenceGetsA500FromAnyFormat() {
        String teacher = TestUsers.teacher("bytes");
        String slug = TeacherBanks.create(teacher, "bytes");
        List<byte[]> inputs = new ArrayList<>(BadBytes.samples());
        Random random = new Random(20261129);
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[random.nextInt(300)];
            random.nextBytes(noise);
            inputs.add(noise);
        }
        for (String format : List.of("gift", "csv", "yaml", "moodlexml")) {
            for (byte[] input : inputs) {
                Response r = post(teacher, slug, format, input, "text/plain; charset=UTF-8");
                int status = r.statusCode();
                String shown = new String(input, 0, Math.min(input.length, 60), StandardCharsets.ISO_8859_1);
                assertTrue(status == 200 || status == 400 || status == 413,
                        format + " answered " + status + " to " + shown + ": " + r.asString());
                if (status == 400) {
                    r.then().body("details[0].message", notNullValue());
                    assertTrue(r.path("details[0].line") != null || r.path("details[0].field") != null,
                            format + ": no line or field in " + r.asString());
                }
            }
        }
    }

    @Test
    void latin1IsRefusedWithItsLineRatherThanStoredWithReplacementCharacters() {
        String teacher = TestUsers.teacher("latin");
        String slug = TeacherBanks.create(teacher, "latin");
        byte[] latin1 = "::a:: Kabul? {T}\n\n::b:: Caf\u00e9? {F}\n".getBytes(StandardCharsets.ISO_8859_1);
        post(teacher, slug, "gift", latin1, "text/plain; charset=UTF-8").then().statusCode(400)
                .body("details[0].line", equalTo(3)).body("message", containsString("not UTF-8"));
        post(teacher, slug, "gift", latin1, "text/plain; charset=ISO-8859-1").then().statusCode(400)
                .body("details[0].line", equalTo(3));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndWithoutOneIsRefusedClearly() {
        String teacher = TestUsers.teacher("utf16");
        String slug = TeacherBanks.create(teacher, "utf16");
        String gift = "::a:: \u06a9\u0627\u0628\u0644 is a city? {T}\n";
        ByteArrayOutputStream withMark = new ByteArrayOutputStream();
        withMark.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        withMark.writeBytes(gift.getBytes(StandardCharsets.UTF_16LE));
        post(teacher, slug, "gift", withMark.toByteArray(), "text/plain").then().statusCode(200)
                .body("imported", equalTo(1));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then()
                .body("questions[0].prompt", containsString("\u06a9\u0627\u0628\u0644"));
        post(teacher, slug, "gift", "::b:: Herat? {T}\n".getBytes(StandardCharsets.UTF_16LE), "text/plain")
                .then().statusCode(400).body("message", containsString("UTF-16"));
    }

    @Test
    void aNulByteAndOverlongNamesAreRefusedByLine() {
        String teacher = TestUsers.teacher("nul");
        String slug = TeacherBanks.create(teacher, "nul");
        post(teacher, slug, "gift", "::a:: fine {T}\n\n::b:: x\u0000y {T}\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .then().statusCode(400).body("details[0].line", equalTo(3));
        String category = "$CATEGORY: $course$/" + "c".repeat(80) + "\n\n::a:: fine {T}\n";
        post(teacher, slug, "gift", category.getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(400)
                .body("details[0].line", equalTo(3)).body("details[0].message", containsString("topic"));
    }

    private static Response post(String teacher, String slug, String format, byte[] body, String contentType) {
        return TestUsers.as(teacher).contentType(contentType).body(body)
                .post("/api/v1/banks/" + slug + "/import?format=" + format);
    }
}
