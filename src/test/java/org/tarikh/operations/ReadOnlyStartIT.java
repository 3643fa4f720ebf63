package org.tarikh.operations;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tarikh.support.AppNode;
import org.tarikh.support.FreshDatabase;

/**
 * What the Docker image relies on (no Docker engine runs here): the app starts as an unprivileged user that may
 * write nothing but /tmp, its files and its home not writable, as in a container with a read-only root.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReadOnlyStartIT {

    @Test
    void theAppStartsAsAUserThatMayWriteOnlyTmp() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "not root: cannot switch user, skipped");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")), "no runuser: skipped");
        Assumptions.assumeTrue(FreshDatabase.serverAnswers(), "no PostgreSQL at localhost:5432: skipped");
        try (FreshDatabase db = FreshDatabase.named("readonly");
             AppNode node = AppNode.startAs("read-only", List.of("/usr/sbin/runuser", "-u", "nobody", "--",
                             "env", "HOME=/nonexistent"),
                     List.of("-Dquarkus.datasource.jdbc.url=" + db.url(), "-Dquarkus.datasource.username=postgres",
                             "-XX:-UsePerfData"))) {
            node.awaitReady(Duration.ofSeconds(90));
            assertFalse(node.log().contains("AccessDenied"), node.logTail());
        }
    }
}
