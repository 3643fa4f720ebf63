package org.tarikh.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotAllowed;
import org.tarikh.failure.NotFound;
import org.tarikh.failure.Problem;
import org.tarikh.text.UnsafeText;
import org.tarikh.web.TextInput;

/**
 * Changes to a teacher's bank. Every method checks that the caller owns the bank (curated banks have no owner
 * and are read-only), and every saved edit is a new version: attempts and reviews keep the one they used.
 */
@ApplicationScoped
public class BankAuthoring {

    /** Questions one bank may hold (current versions, retired ones included): an import cannot grow it past this. */
    public static final int MAX_QUESTIONS = 5_000;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;

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
        touch(bank);
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

    /** Adds a new question; its id must be new to the bank (retired ids are never reused). */
    @Transactional
    public Question add(String username, String slug, QuestionSpec spec) {
        return addTo(owned(username, slug), spec);
    }

    /** Adds a question sent as a map in the docs/questions.md shape; a non-owner gets 403 before any word on its content. */
    @Transactional
    public Question add(String username, String slug, Map<String, ?> body) {
        Bank bank = owned(username, slug);
        Map<String, Object> question = new LinkedHashMap<>(body);
        question.remove("version");
        question.remove("retired");
        return addTo(bank, parse(question));
    }

    /**
     * Saves an edit as a new version. {@code baseVersion} is the version the editor started from (null: no
     * check): if someone saved in between, the edit is refused with 409 rather than silently overwriting theirs.
     */
    @Transactional
    public Question update(String username, String slug, String key, QuestionSpec spec, Integer baseVersion) {
        return updateIn(owned(username, slug), key, spec, baseVersion);
    }

    /** Saves an edit sent as a map; its optional {@code "version"} is the version the edit started from. */
    @Transactional
    public Question update(String username, String slug, String key, Map<String, ?> body) {
        Bank bank = owned(username, slug);
        Map<String, Object> question = new LinkedHashMap<>(body);
        Integer baseVersion = baseVersion(question.remove("version"));
        question.remove("retired");
        question.putIfAbsent("id", key);
        return updateIn(bank, key, parse(question), baseVersion);
    }

    private Question addTo(Bank bank, QuestionSpec spec) {
        if (anyVersion(bank, spec.id()).isPresent()) {
            throw new Conflict("The bank already has a question '" + spec.id() + "' (perhaps retired): choose another id.");
        }
        long has = Question.count("bank = ?1 and current = true", lockForGrowth(bank));
        if (has + 1 > MAX_QUESTIONS) {
            throw new Conflict(full(has, 1));
        }
        touch(bank);
        return QuestionVersions.add(bank, spec, 1, clock.instant());
    }

    private Question updateIn(Bank bank, String key, QuestionSpec spec, Integer baseVersion) {
        if (!key.equals(spec.id())) {
            throw InvalidInput.of("id", "The id in the body ('" + spec.id() + "') must match the address ('" + key + "').");
        }
        Question current = lock(current(bank, key));
        if (baseVersion != null && baseVersion != current.version) {
            throw new Conflict("Question '" + key + "' was changed by someone else while you edited it: you started from"
                    + " version " + baseVersion + ", it is now version " + current.version + ". Your edit was not saved;"
                    + " your text is still in the form. Reload to see their version, then apply your change again.");
        }
        return saveVersion(current, spec);
    }

    /** Makes {@code spec} the current form of a locked question: unchanged, brought back from retirement, or a new version. */
    Question saveVersion(Question current, QuestionSpec spec) {
        boolean same = current.spec().equals(spec);
        if (same && current.retiredAt == null) {
            return current;
        }
        touch(current.bank);
        if (same) {
            current.retiredAt = null;
            return current;
        }
        return QuestionVersions.replace(current, spec, clock.instant());
    }

    /** Retires a question: learners' attempts and cards keep it, new quizzes no longer draw it. */
    @Transactional
    public void retire(String username, String slug, String key) {
        Bank bank = owned(username, slug);
        Question current = lock(current(bank, key));
        if (current.retiredAt == null) {
            current.retiredAt = clock.instant();
            touch(bank);
        }
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

    /** The question's current version (retired or not), or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Question current(Bank bank, String key) {
        return Question.<Question>find("bank = ?1 and key = ?2 and current = true", bank, key).firstResultOptional()
                .orElseThrow(() -> new NotFound("Bank '" + bank.slug + "' has no question '" + key + "'."));
    }

    /** Locks the bank's row, so that parallel additions count each other's questions against the limit. */
    static Bank lockForGrowth(Bank bank) {
        Bank.getEntityManager().lock(bank, LockModeType.PESSIMISTIC_WRITE);
        return bank;
    }

    static String full(long has, long adding) {
        return "A bank holds at most " + MAX_QUESTIONS + " questions (retired ones included): this one has " + has
                + ", and " + adding + " new " + (adding == 1 ? "question" : "questions") + " would pass the limit."
                + " Nothing was added; split the questions into another bank.";
    }

    /** Locks a question's row for a change; 409 if another save made it an old version meanwhile. */
    static Question lock(Question q) {
        Question.getEntityManager().lock(q, LockModeType.PESSIMISTIC_WRITE);
        Question.getEntityManager().refresh(q);
        if (!q.current) {
            throw new Conflict("Question '" + q.key + "' was changed by someone else at the same moment: reload and try again.");
        }
        return q;
    }

    private static Integer baseVersion(Object version) {
        if (version == null) {
            return null;
        }
        if (version instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw InvalidInput.of("version", "version must be the whole number of the version you edited, not " + version + ".");
    }

    /** {@code base}, or base-2, base-3, ... : the first id no question of the bank has or had (retired ones too). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String freeId(Bank bank, String base) {
        String stem = base.length() > 58 ? base.substring(0, 58).replaceAll("-$", "") : base;
        String id = stem;
        for (int n = 2; anyVersion(bank, id).isPresent(); n++) {
            id = stem + "-" + n;
        }
        return id;
    }

    private static Optional<Question> anyVersion(Bank bank, String key) {
        return Question.find("bank = ?1 and key = ?2", bank, key).firstResultOptional();
    }

    private void touch(Bank bank) {
        bank.updatedAt = clock.instant();
    }



    /** The fields of a new bank, checked before anything is stored. */
    public record NewBank(String slug, String title, String description) {

        /** The title as stored: stripped, without bidi controls. */
        String cleanTitle() {
            return UnsafeText.withoutBidiControls(title).strip();
        }

        void check() {
            List<Problem> problems = new ArrayList<>();
            if (slug == null || slug.isBlank()) {
                problems.add(Problem.field("slug", "slug is required (a-z, 0-9 and '-', e.g. year-9-najibullah)."));
            } else if (!QuestionValidator.SLUG.matcher(slug).matches() || slug.length() > 64) {
                problems.add(Problem.field("slug", "slug may use only a-z, 0-9 and '-' (at most 64), not '" + slug + "'."));
            }
            if (title == null || cleanTitle().isEmpty()) {
                problems.add(Problem.field("title", "title is required."));
            } else {
                TextInput.name("title", title, MAX_TITLE, problems);
            }
            TextInput.text("description", description, MAX_DESCRIPTION, problems);
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
