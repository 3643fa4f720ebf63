package org.tarikh.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

/**
 * Opens each pool's minimum of connections ({@code min-size} in application.properties) once the HTTP server
 * listens, on the pool's own background thread. A connection takes 20-200 ms to open on these machines (a server
 * process forked, signed in, set up), and a request that waits for one is among the slowest of its run: reviews at
 * 32 clients had a p99 of 300-350 ms while the pool grew under them, 80-87 ms with it filled (docs/PERFORMANCE.md,
 * round 2, twelfth session). Filling it before readiness (Agroal's {@code initial-size}) delayed readiness by
 * 0.3-0.4 s; the pool keeps its minimum once opened. (The server's start is announced asynchronously, and the pool
 * opens the connections on its own thread.)
 */
@ApplicationScoped
class PoolFiller {

    private final AgroalDataSource main;
    private final AgroalDataSource genericPlans;

    PoolFiller(AgroalDataSource main, @io.quarkus.agroal.DataSource(GenericPlans.POOL) AgroalDataSource genericPlans) {
        this.main = main;
        this.genericPlans = genericPlans;
    }

    void onListening(@ObservesAsync HttpServerStart started) {
        main.flush(AgroalDataSource.FlushMode.FILL);
        genericPlans.flush(AgroalDataSource.FlushMode.FILL);
    }
}
