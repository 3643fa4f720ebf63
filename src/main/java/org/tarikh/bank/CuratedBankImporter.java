package org.tarikh.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.BankFile;
import org.tarikh.bank.format.SourceFile;

/**
 * Stores one curated bank file in the database, in one transaction: new questions are inserted, changed ones
 * get a new version (the old one is kept), removed ones are retired. Loading the same file again changes nothing.
 */
@ApplicationScoped
public class CuratedBankImporter {

    /** What one load changed. */
    public record Outcome(String slug, int added, int changed, int retired, int unchanged) {
    }

    /** The advisory lock that serializes curated loads across app nodes ("tarikhC" in ASCII). */
    static final long LOAD_LOCK = 0x746172696b6843L;

    private final Clock clock;
    private final EntityManager em;

    CuratedBankImporter(Clock clock, EntityManager em) {
        this.clock = clock;
        this.em = em;
    }

    @Transactional
    public Outcome load(BankFile file, SourceFile source, String subject) {
        // Nodes starting together load the same files: without the lock both see no bank and both insert it.
        // Held until this bank's transaction ends; the node that waited then finds every question unchanged.
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(?1) AS text)").setParameter(1, LOAD_LOCK).getSingleResult();
        Instant now = clock.instant();
        Bank bank = Bank.findBySlug(file.slug()).orElseGet(Bank::new);
        if (bank.id != null && !bank.curated()) {
            throw new IllegalStateException("the slug '" + file.slug() + "' belongs to a teacher's bank");
        }
        describe(bank, file, source, subject, now);
        Map<String, Question> current = Question.listCurrent(bank).stream()
                .collect(Collectors.toMap(q -> q.key, Function.identity()));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        Set<String> inFile = new HashSet<>();
        for (QuestionSpec spec : file.questions()) {
            inFile.add(spec.id());
            Question existing = current.get(spec.id());
            if (existing == null) {
                QuestionVersions.add(bank, spec, 1, now);
                added++;
            } else if (existing.spec().equals(spec)) {
                if (existing.retiredAt != null) {
                    existing.retiredAt = null;
                    changed++;
                } else {
                    unchanged++;
                }
            } else {
                QuestionVersions.replace(existing, spec, now);
                changed++;
            }
        }
        int retired = retireMissing(current.values(), inFile, now);
        return new Outcome(file.slug(), added, changed, retired, unchanged);
    }

    private static void describe(Bank bank, BankFile file, SourceFile source, String subject, Instant now) {
        boolean isNew = bank.id == null;
        bank.slug = file.slug();
        bank.title = file.title();
        bank.description = file.description() == null ? "" : file.description();
        bank.language = file.language() == null ? "en" : file.language();
        bank.subject = subject;
        bank.sourceTitle = source.title();
        bank.sourceUrl = source.url();
        bank.sourceLicense = source.license();
        bank.sourceSections = List.copyOf(source.sections());
        if (isNew) {
            bank.createdAt = now;
            bank.updatedAt = now;
            bank.persist();
        }
    }

    private static int retireMissing(Iterable<Question> current, Set<String> inFile, Instant now) {
        int retired = 0;
        for (Question q : current) {
            if (!inFile.contains(q.key) && q.retiredAt == null) {
                q.retiredAt = now;
                retired++;
            }
        }
        return retired;
    }
}
