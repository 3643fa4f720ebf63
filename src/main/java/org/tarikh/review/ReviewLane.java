package org.tarikh.review;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The few threads that write the reviews signed in by their own statement ({@link ReviewRoutes}), instead of the
 * server's worker pool. With a few threads kept busy, a thread that finishes a review takes the next one waiting
 * without being put to sleep and woken again, and PostgreSQL gets as many statements at once as the cores can run:
 * on two cores, fewer threads waiting for a core made the reviews' slowest percent quicker
 * (docs/PERFORMANCE.md, round 2, twenty-sixth session). Anything the route does not finish itself (an ordinary
 * sign-in, which may run bcrypt, or the REST layer) goes back to the request's event loop, so it never holds the lane.
 */
@Singleton
class ReviewLane {

    private final WorkerExecutor threads;
    private final int size;

    ReviewLane(Vertx vertx, @ConfigProperty(name = "tarikh.reviews.threads", defaultValue = "0") int configured) {
        size = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        threads = vertx.createSharedWorkerExecutor("tarikh-review", size);
    }

    int size() {
        return size;
    }

    /** Runs the work on the lane. No listener waits for it: one would cost the event loop a task per review. */
    void run(Runnable work) {
        threads.executeBlocking(() -> {
            work.run();
            return null;
        }, false);
    }

    @PreDestroy
    void close() {
        threads.close();
    }
}
