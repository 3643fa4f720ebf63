package org.tarikh.authoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.transfer.BadBytes;
import org.tarikh.support.RawUpload;
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
                RawUpload.Answer r = post(teacher, slug, format, input, "text/plain; charset=UTF-8");
                int status = r.status();
                String shown = new String(input, 0, Math.min(input.length, 60), StandardCharsets.ISO_8859_1);
                assertTrue(status == 200 || status == 400 || status == 413,
                        format + " answered " + status + " to " + shown + ": " + r.body());
                if (status == 400) {
                    JsonPath body = r.json();
                    assertNotNull(body.get("details[0].message"), format + ": no message in " + r.body());
                    assertTrue(body.get("details[0].line") != null || body.get("details[0].field") != null,
                            format + ": no line or field in " + r.body());
                }
            }
        }
    }

    @Test
    void latin1IsRefusedWithItsLineRatherThanStoredWithReplacementCharacters() {
        String teacher = TestUsers.teacher("latin");
        String slug = TeacherBanks.create(teacher, "latin");
        byte[] latin1 = "::a:: Kabul? {T}\n\n::b:: Caf\u00e9? {F}\n".getBytes(StandardCharsets.ISO_8859_1);
        JsonPath utf8 = refused(post(teacher, slug, "gift", latin1, "text/plain; charset=UTF-8"));
        assertEquals(3, utf8.getInt("details[0].line"));
        assertThat(utf8.getString("message"), containsString("not UTF-8"));
        assertEquals(3, refused(post(teacher, slug, "gift", latin1, "text/plain; charset=ISO-8859-1"))
                .getInt("details[0].line"));
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
        RawUpload.Answer read = post(teacher, slug, "gift", withMark.toByteArray(), "text/plain");
        assertEquals(200, read.status(), read.body());
        assertEquals(1, read.json().getInt("imported"));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then()
                .body("questions[0].prompt", containsString("\u06a9\u0627\u0628\u0644"));
        assertThat(refused(post(teacher, slug, "gift", "::b:: Herat? {T}\n".getBytes(StandardCharsets.UTF_16LE),
                "text/plain")).getString("message"), containsString("UTF-16"));
    }

    @Test
    void aNulByteAndOverlongNamesAreRefusedByLine() {
        String teacher = TestUsers.teacher("nul");
        String slug = TeacherBanks.create(teacher, "nul");
        assertEquals(3, refused(post(teacher, slug, "gift",
                "::a:: fine {T}\n\n::b:: x\u0000y {T}\n".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .getInt("details[0].line"));
        String category = "$CATEGORY: $course$/" + "c".repeat(80) + "\n\n::a:: fine {T}\n";
        JsonPath overlong = refused(post(teacher, slug, "gift", category.getBytes(StandardCharsets.UTF_8), "text/plain"));
        assertEquals(3, overlong.getInt("details[0].line"));
        assertThat(overlong.getString("details[0].message"), containsString("topic"));
    }

    /** Sent with the JDK's client: RestAssured would spend half a second on each large body (see RawUpload). */
    private static RawUpload.Answer post(String teacher, String slug, String format, byte[] body, String contentType) {
        return RawUpload.post(teacher, "/api/v1/banks/" + slug + "/import?format=" + format, contentType, body);
    }

    private static JsonPath refused(RawUpload.Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        return answer.json();
    }
}
