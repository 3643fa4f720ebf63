package org.tarikh.bank;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness names the curated bank files that failed to load. A bad bank does not take the app down (the
 * other banks still serve), so the check stays UP and lists the failures in its data.
 */
@Readiness
@ApplicationScoped
public class BankLoadHealth implements HealthCheck {

    private final BankLoadStatus status;

    BankLoadHealth(BankLoadStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("curated-banks").up()
                .withData("loaded", status.loaded().size())
                .withData("banks", String.join(", ", status.loaded()))
                .withData("failed", status.failed().size());
        if (!status.failed().isEmpty()) {
            builder.withData("failedBanks", String.join("; ", status.failed()));
        }
        return builder.build();
    }
}
