package org.tarikh.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.SourceLinks;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotAllowed;
import org.tarikh.failure.NotFound;
import org.tarikh.web.TextInput;

/** Taking learners' problem reports and letting the people responsible for a bank see and close them. */
@ApplicationScoped
public class ProblemService {

    /** An open report as the queue shows it, with the question version it is about. */
    public record QueuedProblem(long id, String bankSlug, String bankTitle, String questionId, int version,
                                String prompt, String section, String kind, String kindLabel, String message,
                                String reporter, Instant createdAt, boolean editable, String sourceLink,
                                String reply, Instant repliedAt) {
    }

    /** One of the learner's own reports, with the teacher's reply once there is one. */
    public record OwnProblem(long id, String bankTitle, String prompt, String kind, String kindLabel, String message,
                             Instant createdAt, String reply, Instant repliedAt,
                             Instant closedAt) {
    }

    static final int MAX_MESSAGE = 2000;
    static final int MAX_REPLY = 2000;

    private final Clock clock;

    ProblemService(Clock clock) {
        this.clock = clock;
    }

    /** Files a report about the current version of question {@code key} of bank {@code slug}. */
    @Transactional
    public ProblemReport report(String username, String slug, String key, String kind, String message) {
        ProblemKind k = ProblemKind.fromCode(kind == null ? "" : kind.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                InvalidInput.of("kind", "Say what is wrong: wrong-answer, ambiguous, typo or other."));
        String text = message == null ? "" : message.strip();
        if (k == ProblemKind.OTHER && text.isEmpty()) {
            throw InvalidInput.of("message", "Describe the problem in a few words.");
        }
        if (text.length() > MAX_MESSAGE) {
            throw InvalidInput.of("message", "Keep the description under " + MAX_MESSAGE + " characters.");
        }
        Bank bank = Bank.require(slug == null ? "" : slug);
        String named = keyOfShownId(bank, key).orElse(key);
        Question q = Question.<Question>find("bank = ?1 and key = ?2 and current = true", bank, named).firstResultOptional()
                .orElseThrow(() -> new NotFound("Bank '" + slug + "' has no question '" + key + "'."));
        ProblemReport r = new ProblemReport();
        r.question = q;
        r.reporter = User.findByUsername(username).orElseThrow();
        r.kind = k;
        r.message = text;
        r.createdAt = clock.instant();
        r.persist();
        return r;
    }

    /**
     * Learners see a question under its version's row id (quiz results, cards, the public bank view), never its
     * key; teachers and scripts may still name the key. A row id of an older version means the same question.
     */
    private static Optional<String> keyOfShownId(Bank bank, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Question.<Question>findByIdOptional(Long.parseLong(id))
                .filter(q -> q.bank.id.equals(bank.id)).map(q -> q.key);
    }

    /** Open reports the teacher is responsible for: their own banks', and every curated bank's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueuedProblem> openFor(String teacher) {
        // An explicit left join: a path through bank.owner would be an inner join and drop the curated banks.
        // The current version of each reported question comes in the same query: it says whether it can be edited.
        List<Tuple> rows = ProblemReport.getEntityManager().createQuery("select r as report, cur as currentVersion"
                + " from ProblemReport r"
                + " join fetch r.reporter join fetch r.question q join fetch q.bank b left join b.owner o"
                + " join Question cur on cur.bank = b and cur.key = q.key and cur.current = true"
                + " where r.closedAt is null and (o is null or o.username = ?1) order by r.createdAt", Tuple.class)
                .setParameter(1, teacher).getResultList();
        return rows.stream()
                .map(row -> queued(row.get("report", ProblemReport.class), row.get("currentVersion", Question.class)))
                .toList();
    }

    @Transactional
    public void close(String teacher, long id) {
        ProblemReport r = answerable(teacher, id, "close");
        if (r.closedAt == null) {
            r.closedAt = clock.instant();
            r.closedBy = User.findByUsername(teacher).orElseThrow();
        }
    }

    /**
     * The teacher's reply to a report, shown to the learner who filed it with its date; a second reply replaces the
     * first. {@code close}: the report leaves the queue as well.
     */
    @Transactional
    public void reply(String teacher, long id, String text, boolean close) {
        ProblemReport r = answerable(teacher, id, "answer");
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw InvalidInput.of("reply", "Write the reply the learner will read.");
        }
        List<ErrorDetail> details = new ArrayList<>();
        TextInput.text("reply", clean, MAX_REPLY, details);
        TextInput.throwIfAny(details);
        User me = User.findByUsername(teacher).orElseThrow();
        r.reply = clean;
        r.repliedAt = clock.instant();
        r.repliedBy = me;
        if (close && r.closedAt == null) {
            r.closedAt = r.repliedAt;
            r.closedBy = me;
        }
    }

    /** The learner's own reports, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OwnProblem> filedBy(String username) {
        List<ProblemReport> mine = ProblemReport.list("reporter.username = ?1 order by createdAt desc, id desc", username);
        return mine.stream().map(r -> new OwnProblem(r.id, r.question.bank.title, r.question.prompt, r.kind.code(),
                r.kind.label(), r.message, r.createdAt, r.reply,
                r.repliedAt, r.closedAt)).toList();
    }

    private static ProblemReport answerable(String teacher, long id, String verb) {
        ProblemReport r = ProblemReport.<ProblemReport>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("There is no problem report " + id + "."));
        Bank bank = r.question.bank;
        if (!bank.curated() && !bank.owner.username.equals(teacher)) {
            throw new NotAllowed("Only the bank's owner can " + verb + " reports about its questions.");
        }
        return r;
    }

    private static QueuedProblem queued(ProblemReport r, Question current) {
        Question q = r.question;
        return new QueuedProblem(r.id, q.bank.slug, q.bank.title, q.key, q.version, q.prompt, q.section, r.kind.code(),
                r.kind.label(), r.message, r.reporter.username,
                r.createdAt, !q.bank.curated() && current.retiredAt == null, SourceLinks.section(q.bank.sourceUrl, q.section),
                r.reply, r.repliedAt);
    }
}
