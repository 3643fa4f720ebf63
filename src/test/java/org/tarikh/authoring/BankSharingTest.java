package org.tarikh.authoring;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/** Another teacher's bank can be copied only once its owner shares it, so no one exports a copy of it unasked. */
@QuarkusTest
class BankSharingTest {

    @Test
    void aTeachersBankIsCopiedByOthersOnlyWhenShared() {
        String owner = TestUsers.teacher("sharer");
        String other = TestUsers.teacher("copier");
        String slug = TeacherBanks.create(owner, "private");
        TeacherBanks.add(owner, slug, TeacherBanks.single("q-1", "Which city?", List.of("Kabul", "Herat")));

        copy(other, slug).then().statusCode(403).body("error", equalTo("forbidden"));
        copy(owner, slug).then().statusCode(201);

        TestUsers.as(other).contentType(ContentType.JSON).body(Map.of("title", "Hijack", "shared", true))
                .put("/api/v1/banks/" + slug).then().statusCode(403);
        TestUsers.as(owner).contentType(ContentType.JSON).body(Map.of("title", "Bank " + slug, "shared", true))
                .put("/api/v1/banks/" + slug).then().statusCode(200).body("shared", equalTo(true));
        copy(other, slug).then().statusCode(201).body("questionCount", equalTo(1)).body("owner", equalTo(other));
    }

    @Test
    void theBankPageSwitchesSharingOnAndOff() {
        String owner = TestUsers.teacher("sharepage");
        String other = TestUsers.teacher("sharepeer");
        String slug = TeacherBanks.create(owner, "pageshare");
        PageSession page = PageSession.signIn(owner, TestUsers.PASSWORD);
        page.get("/teach/banks/" + slug);
        page.post("/teach/banks/" + slug + "/details", "title", "Shared bank", "description", "", "shared", "on")
                .then().statusCode(303);
        copy(other, slug).then().statusCode(201);
        page.post("/teach/banks/" + slug + "/details", "title", "Shared bank", "description", "").then().statusCode(303);
        copy(other, slug).then().statusCode(403);
    }

    private static io.restassured.response.Response copy(String teacher, String slug) {
        return TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("slug", TestUsers.uniqueName("copy"), "title", "My copy")).post("/api/v1/banks/" + slug + "/copy");
    }
}
