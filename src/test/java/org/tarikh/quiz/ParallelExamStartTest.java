package org.tarikh.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

/** Starting a quiz checks for an open exam under the learner's row lock: parallel starts cannot both pass. */
@QuarkusTest
class ParallelExamStartTest {

    @Test
    void ofTenExamsStartedAtOnceOnOneBankExactlyOneOpens() throws Exception {
        String learner = TestUsers.learner("exam-race");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                starts.add(() -> TestUsers.as(learner).contentType(ContentType.JSON)
                        .body("{\"bank\":\"najibullah-dates\",\"count\":5,\"mode\":\"exam\"}")
                        .post("/api/v1/quizzes").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(starts)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one exam opened: " + statuses);
            assertEquals(9, statuses.stream().filter(s -> s == 409).count(), "the others meet it: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }
}
