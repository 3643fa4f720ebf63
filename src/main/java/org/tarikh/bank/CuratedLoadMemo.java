package org.tarikh.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Remembers the fingerprint of the last curated folder that loaded cleanly, so start-up can skip it. */
@ApplicationScoped
public class CuratedLoadMemo {

    private final EntityManager em;
    private final Clock clock;

    CuratedLoadMemo(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The curated banks now in the database when the folder's last clean load had this fingerprint, else empty.
     * One transaction of two SQL statements, since it runs at every start before the app is ready (it was two
     * transactions, one of them an HQL query).
     */
    @Transactional
    public Optional<List<String>> slugsIfUnchanged(String folder, String fingerprint) {
        List<?> rows = em.createNativeQuery("SELECT fingerprint FROM curated_load WHERE folder = ?1", String.class)
                .setParameter(1, folder).getResultList();
        if (rows.isEmpty() || !fingerprint.equals(rows.get(0))) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> slugs = em.createNativeQuery("SELECT slug FROM bank WHERE owner_id IS NULL ORDER BY slug",
                String.class).getResultList();
        return Optional.of(slugs);
    }

    @Transactional
    public void remember(String folder, String fingerprint) {
        em.createNativeQuery("""
                INSERT INTO curated_load (folder, fingerprint, loaded_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (folder) DO UPDATE SET fingerprint = excluded.fingerprint, loaded_at = excluded.loaded_at""")
                .setParameter(1, folder).setParameter(2, fingerprint)
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }
}
