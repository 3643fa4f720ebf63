package org.tarikh.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

/** Regression: 20 parallel undos for one learner answered 18 x 500 (the last review was read before the lock). */
@QuarkusTest
class ParallelUndoTest {

    @Test
    void parallelUndosTakeTurnsAndUndoEachReviewOnce() throws Exception {
        String learner = TestUsers.learner("undo-race");
        ReviewApiTest.deck(learner, "najibullah-events");
        int reviews = 5;
        for (int i = 0; i < reviews; i++) {
            long card = ReviewApiTest.next(learner, "najibullah-events").getLong("cardId");
            ReviewApiTest.review(learner, card, 3, UUID.randomUUID().toString()).then().statusCode(200);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> undos = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                undos.add(() -> TestUsers.as(learner).post("/api/v1/reviews/undo").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(undos)) {
                statuses.add(f.get());
            }
            assertEquals(reviews, statuses.stream().filter(s -> s == 200).count(), "each review undone once: " + statuses);
            assertEquals(20 - reviews, statuses.stream().filter(s -> s == 409).count(), "the rest: nothing to undo: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }
}
