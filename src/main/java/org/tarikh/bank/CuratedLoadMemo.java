package org.tarikh.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Remembers the fingerprint of the last curated folder that loaded cleanly, so start-up can skip it. */
@ApplicationScoped
public class CuratedLoadMemo {

    private final EntityManager em;
    private final Clock clock;

    CuratedLoadMemo(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public boolean unchanged(String folder, String fingerprint) {
        List<?> rows = em.createNativeQuery("SELECT fingerprint FROM curated_load WHERE folder = ?1", String.class)
                .setParameter(1, folder).getResultList();
        return !rows.isEmpty() && fingerprint.equals(rows.get(0));
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

    /** The curated banks now in the database, for readiness after a skipped load. */
    @Transactional
    public List<String> curatedSlugs() {
        return em.createQuery("select b.slug from Bank b where b.owner is null order by b.slug", String.class)
                .getResultList();
    }
}
