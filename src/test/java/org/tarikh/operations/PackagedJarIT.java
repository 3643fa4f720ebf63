package org.tarikh.operations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tarikh.support.AppNode;
import org.tarikh.support.FreshDatabase;

/**
 * The packaged jar (one jar on the JVM's own class loader, application.properties) logs through Quarkus's log
 * manager, as the default layout's launcher would have it: the quarkus.log.* settings apply from the first line.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PackagedJarIT {

    @Test
    void theJarLogsInQuarkusFormatFromItsFirstLine() throws Exception {
        Assumptions.assumeTrue(FreshDatabase.serverAnswers(), "no PostgreSQL at localhost:5432: skipped");
        try (FreshDatabase db = FreshDatabase.named("packaged");
             AppNode node = AppNode.start("packaged", db.url())) {
            node.awaitReady(Duration.ofSeconds(90));
            String log = node.log();
            assertTrue(log.contains("INFO  [or.fl.co.in.co.DbMigrate]"), "Flyway logs as configured:\n" + node.logTail());
            assertTrue(log.contains("INFO  [io.quarkus]") && log.contains("started in"), node.logTail());
            // the JDK's own console format: a date line, then "INFO: message"
            assertFalse(log.lines().anyMatch(l -> l.startsWith("INFO: ") || l.startsWith("WARNING: ")),
                    "a line in the JDK's log format:\n" + node.logTail());
        }
    }
}
