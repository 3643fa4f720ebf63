package org.tarikh.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.QuestionVersions;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotFound;

/**
 * The questions of a teacher's bank, as versions: every saved edit is a new version (attempts and reviews keep
 * the one they used), a retired question stays for them, and every change goes through {@link #saveVersion}.
 * Each method first checks that the caller owns the bank ({@link BankAuthoring#owned}).
 */
@ApplicationScoped
public class QuestionAuthoring {

    /** Questions one bank may hold (current versions, retired ones included): an import cannot grow it past this. */
    public static final int MAX_QUESTIONS = 5_000;

    private final BankAuthoring banks;
    private final Clock clock;

    QuestionAuthoring(BankAuthoring banks, Clock clock) {
        this.banks = banks;
        this.clock = clock;
    }

    /** Adds a new question; its id must be new to the bank (retired ids are never reused). */
    @Transactional
    public Question add(String username, String slug, QuestionSpec spec) {
        Bank bank = banks.owned(username, slug);
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

    /**
     * Saves an edit of question {@code key}. {@code baseVersion} is the version the edit started from (null: no
     * check): if someone saved in between, the edit is refused with 409 rather than silently overwriting theirs.
     */
    @Transactional
    public Question save(String username, String slug, String key, QuestionSpec spec, Integer baseVersion) {
        Bank bank = banks.owned(username, slug);
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

    /** Retires a question: learners' attempts and cards keep it, new quizzes no longer draw it. */
    @Transactional
    public void retire(String username, String slug, String key) {
        Bank bank = banks.owned(username, slug);
        Question current = lock(current(bank, key));
        if (current.retiredAt == null) {
            current.retiredAt = clock.instant();
            touch(bank);
        }
    }

    /** Brings a retired question back, as its current version says. */
    @Transactional
    public Question restore(String username, String slug, String key) {
        Question current = lock(current(banks.owned(username, slug), key));
        return saveVersion(current, current.spec());
    }

    /**
     * Makes {@code spec} the current form of a locked question: unchanged, brought back from retirement, or a new
     * version. Edits, restores and imports all save here.
     */
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

    /** The question's current version (retired or not), or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Question current(Bank bank, String key) {
        return Question.<Question>find("bank = ?1 and key = ?2 and current = true", bank, key).firstResultOptional()
                .orElseThrow(() -> new NotFound("Bank '" + bank.slug + "' has no question '" + key + "'."));
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

    private void touch(Bank bank) {
        bank.updatedAt = clock.instant();
    }

    private static Optional<Question> anyVersion(Bank bank, String key) {
        return Question.find("bank = ?1 and key = ?2", bank, key).firstResultOptional();
    }
}
