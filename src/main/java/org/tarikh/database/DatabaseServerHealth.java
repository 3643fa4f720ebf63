package org.tarikh.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says in readiness which PostgreSQL the app uses: the configured server, or the embedded one with its port and
 * data folder (set by TarikhMain when it started it). Whether the database answers is the datasource's own check.
 */
@Readiness
@ApplicationScoped
public class DatabaseServerHealth implements HealthCheck {

    public static final String EMBEDDED_DATA_DIR = "tarikh.database.embedded.data-dir";
    public static final String EMBEDDED_PORT = "tarikh.database.embedded.port";

    private final String url;
    private final Optional<String> embeddedDataDir;
    private final Optional<Integer> embeddedPort;

    DatabaseServerHealth(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                         @ConfigProperty(name = EMBEDDED_DATA_DIR) Optional<String> embeddedDataDir,
                         @ConfigProperty(name = EMBEDDED_PORT) Optional<Integer> embeddedPort) {
        this.url = url;
        this.embeddedDataDir = embeddedDataDir;
        this.embeddedPort = embeddedPort;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("database-server").up()
                .withData("url", url.replaceFirst("\\?.*", ""));
        if (embeddedDataDir.isPresent() && embeddedPort.isPresent()) {
            builder.withData("server", "embedded")
                    .withData("port", embeddedPort.get())
                    .withData("dataDirectory", embeddedDataDir.get());
        } else {
            builder.withData("server", "external");
        }
        return builder.build();
    }
}
