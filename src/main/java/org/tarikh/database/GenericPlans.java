package org.tarikh.database;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections on which PostgreSQL runs every prepared statement with its cached generic plan: a pool of its own
 * ({@value #POOL} in application.properties, same database and account as the main one), whose connections are
 * set to {@code plan_cache_mode = force_generic_plan} once, when opened. In its default mode the server plans a
 * prepared statement afresh for every call as long as the generic plan's estimate is dearer than the plans made
 * for the actual values, and for a query of many subqueries (the review queue and its counts) that planning cost
 * several times the execution: 1.2 ms of planning against 0.2 ms of work (docs/PERFORMANCE.md). Setting the mode
 * per query instead cost a statement more per request. Only for statements whose plan does not depend on the
 * values; everything else uses the main pool.
 */
@Singleton
public class GenericPlans {

    public static final String POOL = "generic-plans";

    private final AgroalDataSource pool;

    GenericPlans(@io.quarkus.agroal.DataSource(POOL) AgroalDataSource pool) {
        this.pool = pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }
}
