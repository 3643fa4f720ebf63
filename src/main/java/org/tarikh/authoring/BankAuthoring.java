package org.tarikh.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.QuestionVersions;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.NotAllowed;

/**
 * A teacher's banks themselves: creating, copying and describing them, and who may change them (curated banks
 * have no owner and are read-only). Their questions change through {@link QuestionAuthoring}.
 */
@ApplicationScoped
public class BankAuthoring {

    private final Clock clock;

    BankAuthoring(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Bank create(String username, NewBank form) {
        form.check();
        if (Bank.findBySlug(form.slug()).isPresent()) {
            throw new Conflict("The slug '" + form.slug() + "' is taken: choose another.");
        }
        Bank bank = new Bank();
        bank.slug = form.slug();
        bank.title = form.cleanTitle();
        bank.description = form.description() == null ? "" : form.description().strip();
        bank.language = "en";
        bank.owner = User.require(username);
        bank.createdAt = clock.instant();
        bank.updatedAt = bank.createdAt;
        bank.persist();
        return bank;
    }

    /**
     * Changes a bank's title and description (its slug stays: links and exports name it), and whether other
     * teachers may copy it ({@code shared}; null leaves it as it is).
     */
    @Transactional
    public Bank describe(String username, String slug, String title, String description, Boolean shared) {
        Bank bank = owned(username, slug);
        NewBank changed = new NewBank(slug, title, description);
        changed.check();
        bank.title = changed.cleanTitle();
        bank.description = description == null ? "" : description.strip();
        if (shared != null) {
            bank.shared = shared;
        }
        bank.updatedAt = clock.instant();
        return bank;
    }

    /** A copy, with its live questions, of a curated bank, the teacher's own, or one its owner has shared. */
    @Transactional
    public Bank copy(String username, String fromSlug, NewBank form) {
        Bank from = Bank.require(fromSlug);
        if (!from.copyableBy(username)) {
            throw new NotAllowed("The bank '" + fromSlug + "' belongs to another teacher, who has not shared it for copying.");
        }
        Bank copy = create(username, form);
        copy.familyId = from.familyId != null ? from.familyId : from.id; // an exam on one holds them all
        copy.language = from.language;
        copy.subject = from.subject;
        copy.sourceTitle = from.sourceTitle;
        copy.sourceUrl = from.sourceUrl;
        copy.sourceLicense = from.sourceLicense;
        copy.sourceSections = List.copyOf(from.sourceSections);
        Instant now = clock.instant();
        for (Question q : Question.listLive(from)) {
            QuestionVersions.add(copy, q.spec(), 1, now);
        }
        return copy;
    }

    /** The bank, if {@code username} may change it; otherwise 403 (or 404 when there is no such bank). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Bank owned(String username, String slug) {
        Bank bank = Bank.require(slug);
        if (bank.curated()) {
            throw new NotAllowed("'" + bank.title + "' is a curated bank and cannot be changed. Copy it to adapt it.");
        }
        if (!bank.owner.username.equals(username)) {
            throw new NotAllowed("Only the bank's owner (" + bank.owner.username + ") can change '" + bank.title + "'.");
        }
        return bank;
    }
}
