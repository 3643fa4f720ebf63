package org.tarikh.support;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Counts the SQL statements the app sends to PostgreSQL while a piece of test code runs (see CountingDriver). */
public final class SqlStatements {

    private static final AtomicLong EXECUTED = new AtomicLong();

    private SqlStatements() {
    }

    static void count() {
        EXECUTED.incrementAndGet();
    }

    /**
     * The statements sent while {@code request} ran, the fewest over {@code tries} runs: a background job (the
     * scheduler) may add its own now and then, never take any away.
     */
    public static long during(int tries, Supplier<?> request) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < tries; i++) {
            long before = EXECUTED.get();
            request.get();
            fewest = Math.min(fewest, EXECUTED.get() - before);
        }
        return fewest;
    }
}
