package org.tarikh.signin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

/** Reads the sign-in tables directly, to check what every node would see. */
final class SignInRows {

    private SignInRows() {
    }

    static long sessionsOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT count(*) FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = ?1")
                .setParameter(1, username).getSingleResult()).longValue());
    }
}
