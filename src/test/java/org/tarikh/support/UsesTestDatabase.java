package org.tarikh.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestDatabase} for every {@code @QuarkusTest} of the run (not restricted to one class). */
@QuarkusTestResource(TestDatabase.class)
public final class UsesTestDatabase {

    private UsesTestDatabase() {
    }
}
