package org.tarikh.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.QuestionVersions;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.QuestionValidator;
import org.tarikh.bank.format.ValidationContext;
import org.tarikh.web.Conflict;
import org.tarikh.web.InvalidInput;
import org.tarikh.web.NotAllowed;
import org.tarikh.web.NotFound;
import org.tarikh.web.Problem;

/**
 * Changes to a teacher's bank. Every method checks that the caller owns the bank (curated banks have no owner
 * and are read-only), and every saved edit is a new version: attempts and reviews keep the one they used.
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
        bank.title = form.title().strip();
        bank.description = form.description() == null ? "" : form.description().strip();
        bank.language = "en";
        bank.owner = user(username);
        bank.createdAt = clock.instant();
        bank.updatedAt = bank.createdAt;
        bank.persist();
        return bank;
    }

    /** Changes a bank's title and description (its slug stays: links and exports name it). */
    @Transactional
    public Bank describe(String username, String slug, String title, String description) {
        Bank bank = owned(username, slug);
        new NewBank(slug, title, description).check();
        bank.title = title.strip();
        bank.description = description == null ? "" : description.strip();
        touch(bank);
        return bank;
    }

    /** A copy of any bank the teacher may read (a curated one, usually) as their own, with its live questions. */
    @Transactional
    public Bank copy(String username, String fromSlug, NewBank form) {
        Bank from = bank(fromSlug);
        Bank copy = create(username, form);
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

    /** Adds a new question; its id must be new to the bank (retired ids are never reused). */
    @Transactional
    public Question add(String username, String slug, QuestionSpec spec) {
        Bank bank = owned(username, slug);
        if (anyVersion(bank, spec.id()).isPresent()) {
            throw new Conflict("The bank already has a question '" + spec.id() + "' (perhaps retired): choose another id.");
        }
        touch(bank);
        return QuestionVersions.add(bank, spec, 1, clock.instant());
    }

    /**
     * Saves an edit as a new version. {@code baseVersion} is the version the editor started from (null: no
     * check): if someone saved in between, the edit is refused with 409 rather than silently overwriting theirs.
     */
    @Transactional
    public Question update(String username, String slug, String key, QuestionSpec spec, Integer baseVersion) {
        Bank bank = owned(username, slug);
        if (!key.equals(spec.id())) {
            throw InvalidInput.of("id", "The id in the body ('" + spec.id() + "') must match the address ('" + key + "').");
        }
        Question current = lockCurrent(bank, key);
        if (baseVersion != null && baseVersion != current.version) {
            throw new Conflict("Question '" + key + "' was changed by someone else while you edited it: you started from"
                    + " version " + baseVersion + ", it is now version " + current.version + ". Your edit was not saved;"
                    + " your text is still in the form. Reload to see their version, then apply your change again.");
        }
        if (current.retiredAt == null && current.spec().equals(spec)) {
            return current;
        }
        touch(bank);
        if (current.spec().equals(spec)) {
            current.retiredAt = null;
            return current;
        }
        return QuestionVersions.replace(current, spec, clock.instant());
    }

    /** Retires a question: learners' attempts and cards keep it, new quizzes no longer draw it. */
    @Transactional
    public void retire(String username, String slug, String key) {
        Bank bank = owned(username, slug);
        Question current = lockCurrent(bank, key);
        if (current.retiredAt == null) {
            current.retiredAt = clock.instant();
            touch(bank);
        }
    }

    /** The bank, if {@code username} may change it; otherwise 403 (or 404 when there is no such bank). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Bank owned(String username, String slug) {
        Bank bank = bank(slug);
        if (bank.curated()) {
            throw new NotAllowed("'" + bank.title + "' is a curated bank and cannot be changed. Copy it to adapt it.");
        }
        if (!bank.owner.username.equals(username)) {
            throw new NotAllowed("Only the bank's owner (" + bank.owner.username + ") can change '" + bank.title + "'.");
        }
        return bank;
    }

    /** The question's current version (retired or not), or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Question current(Bank bank, String key) {
        return Question.<Question>find("bank = ?1 and key = ?2 and current = true", bank, key).firstResultOptional()
                .orElseThrow(() -> new NotFound("Bank '" + bank.slug + "' has no question '" + key + "'."));
    }

    private Question lockCurrent(Bank bank, String key) {
        Question q = current(bank, key);
        Question.getEntityManager().lock(q, LockModeType.PESSIMISTIC_WRITE);
        Question.getEntityManager().refresh(q);
        if (!q.current) {
            throw new Conflict("Question '" + key + "' was changed by someone else at the same moment: reload and try again.");
        }
        return q;
    }

    private static Optional<Question> anyVersion(Bank bank, String key) {
        return Question.find("bank = ?1 and key = ?2", bank, key).firstResultOptional();
    }

    private void touch(Bank bank) {
        bank.updatedAt = clock.instant();
    }

    private static Bank bank(String slug) {
        return Bank.findBySlug(slug).orElseThrow(() -> new NotFound("There is no bank '" + slug + "'."));
    }

    private static User user(String username) {
        return User.findByUsername(username).orElseThrow(() -> new NotFound("There is no user '" + username + "'."));
    }

    /** The fields of a new bank, checked before anything is stored. */
    public record NewBank(String slug, String title, String description) {

        void check() {
            List<Problem> problems = new ArrayList<>();
            if (slug == null || slug.isBlank()) {
                problems.add(Problem.field("slug", "slug is required (a-z, 0-9 and '-', e.g. year-9-najibullah)."));
            } else if (!QuestionValidator.SLUG.matcher(slug).matches() || slug.length() > 64) {
                problems.add(Problem.field("slug", "slug may use only a-z, 0-9 and '-' (at most 64), not '" + slug + "'."));
            }
            if (title == null || title.isBlank()) {
                problems.add(Problem.field("title", "title is required."));
            } else if (title.length() > 200) {
                problems.add(Problem.field("title", "title may have at most 200 characters."));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput("The bank cannot be created: "
                        + String.join(" ", problems.stream().map(Problem::message).toList()), problems);
            }
        }
    }

    /** Reads a question sent as a map (API or editor), giving every validator message as a field problem. */
    public static QuestionSpec parse(Map<String, ?> map) {
        var result = QuestionValidator.validate(map, ValidationContext.open());
        if (!result.isValid()) {
            List<Problem> problems = result.errors().stream()
                    .map(e -> Problem.field(e.field().isEmpty() ? "question" : e.field(), e.message())).toList();
            throw new InvalidInput("The question is not valid: "
                    + String.join("; ", problems.stream().map(Problem::message).toList()) + ".", problems);
        }
        return result.question();
    }
}
