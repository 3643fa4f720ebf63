package org.tarikh.bank;

import java.time.Instant;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.QuestionMaps;

/** Adds question versions: the one place that turns a {@link QuestionSpec} into a stored row. */
public final class QuestionVersions {

    private QuestionVersions() {
    }

    public static Question add(Bank bank, QuestionSpec spec, int version, Instant now) {
        Question q = new Question();
        q.bank = bank;
        q.key = spec.id();
        q.version = version;
        q.type = spec.type();
        q.topic = spec.topic();
        q.prompt = spec.prompt();
        q.content = QuestionMaps.toMap(spec);
        q.section = spec.section();
        q.current = true;
        q.createdAt = now;
        q.persist();
        return q;
    }

    /** Makes {@code spec} the current version in place of {@code old}, which is kept for history. */
    public static Question replace(Question old, QuestionSpec spec, Instant now) {
        old.current = false;
        // The partial unique index allows one current row per key: the old row must be updated first.
        Question.flush();
        return add(old.bank, spec, old.version + 1, now);
    }
}
