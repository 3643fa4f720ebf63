package org.tarikh.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotFound;
import org.tarikh.quiz.grading.GivenAnswer;
import org.tarikh.quiz.grading.Grading;
import org.tarikh.quiz.grading.InvalidResponse;
import org.tarikh.quiz.grading.Score;

/** Starting, answering and finishing quizzes. Every call is one transaction; grading happens only here. */
@ApplicationScoped
public class QuizService {

    private final Clock clock;
    private final MissedQuestions missedQuestions;
    private final ExamHold hold;
    private final AttemptClosing closing;
    private final SecureRandom random = new SecureRandom();
    private final DeliveryFactory deliveries = new DeliveryFactory(random);

    QuizService(Clock clock, MissedQuestions missedQuestions, ExamHold hold, AttemptClosing closing) {
        this.clock = clock;
        this.missedQuestions = missedQuestions;
        this.hold = hold;
        this.closing = closing;
    }

    @Transactional
    public Attempt start(String username, QuizStart request) {
        Bank bank = request.bank() == null ? null : Bank.findBySlug(request.bank()).orElse(null);
        List<Question> live = bank == null ? List.of() : Question.listLive(bank);
        Set<String> topics = new HashSet<>(live.stream().map(q -> q.topic).toList());
        QuizRules.check(request, topics);
        if (bank == null) {
            throw InvalidInput.of("bank", "There is no bank '" + request.bank() + "'.");
        }
        List<String> chosenTopics = request.topics() == null || request.topics().isEmpty()
                ? List.of() : List.copyOf(request.topics());
        List<Question> pool = new ArrayList<>(live.stream()
                .filter(q -> q.type != QuestionType.CARD)
                .filter(q -> chosenTopics.isEmpty() || chosenTopics.contains(q.topic)).toList());
        if (pool.isEmpty()) {
            throw InvalidInput.of("topics", "There are no quiz questions in those topics.");
        }
        User user = User.findByUsername(username).orElseThrow();
        // One exam at a time per bank, and no practice beside it: practice feedback would give the exam's answers.
        // The learner's row is locked first, so two starts at once take turns and the second sees the first's exam.
        User.getEntityManager().lock(user, LockModeType.PESSIMISTIC_WRITE);
        hold.refuseDuringExam(user.id, bank.id);
        Collections.shuffle(pool, random);
        int count = Math.min(request.count() == null ? QuizLimits.DEFAULT_COUNT : request.count(), pool.size());
        return create(user, bank, request, chosenTopics, pool.subList(0, count));
    }

    public Instant now() {
        return clock.instant();
    }

    /** Refuses (409 exam-in-progress) when the learner has an open exam on the bank. */
    @Transactional
    public void refuseDuringExam(String username, Bank bank) {
        hold.refuseDuringExam(User.findByUsername(username).orElseThrow().id, bank.id);
    }

    private Attempt create(User user, Bank bank, QuizStart request, List<String> topics, List<Question> drawn) {
        Instant now = clock.instant();
        Attempt a = new Attempt();
        a.id = UUID.randomUUID();
        a.user = user;
        a.bank = bank;
        a.mode = request.mode() == null ? QuizMode.PRACTICE : QuizMode.fromCode(request.mode()).orElseThrow();
        a.topics = new ArrayList<>(topics);
        a.startedAt = now;
        a.expiresAt = request.timeLimitSeconds() == null ? null : now.plusSeconds(request.timeLimitSeconds());
        a.maxScore = drawn.size();
        a.assignmentId = request.assignmentId(); // set only by AssignedQuizzes, after its checks
        a.persist();
        List<String> ids = deliveries.questionIds(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            AttemptItem item = new AttemptItem();
            item.attempt = a;
            item.position = i + 1;
            item.publicId = ids.get(i);
            item.question = drawn.get(i);
            item.delivery = deliveries.deliver(drawn.get(i).spec());
            item.persist();
            a.items.add(item);
        }
        return a;
    }

    /**
     * Grades or records one answer under the attempt's row lock, closing an exam whose time has run out; a refusal
     * (409) is returned, not thrown, so a closed exam stays closed. An exam answer may be replaced until the exam
     * ends; a practice answer is final, its feedback seen. {@link QuizAnswers} answers without the lock and comes
     * here for what it does not cover.
     */
    @Transactional
    public AnswerOutcome answer(long userId, UUID attemptId, String questionId, Map<String, Object> response) {
        Attempt a = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.user.id != userId) {
            throw noSuchAttempt();
        }
        refuseBesideOpenExam(a);
        Instant now = clock.instant();
        if (a.overdue(now)) {
            closing.close(a, a.expiresAt);
        }
        Optional<AnswerOutcome> closed = closedTo(a);
        if (closed.isPresent()) {
            return closed.get();
        }
        AttemptItem item = item(a, questionId);
        if (item.answered() && a.practice()) {
            return alreadyAnswered();
        }
        grade(item, response, now);
        if (missedInPractice(item)) {
            missedQuestions.requeue(userId, a.bank.id, item.question.key);
        }
        return outcome(item);
    }

    /** The refusal for an answer to a finished attempt, if it is finished. */
    static Optional<AnswerOutcome> closedTo(Attempt a) {
        if (a.finished() && a.expiresAt != null && !a.finishedAt.isBefore(a.expiresAt)) {
            return Optional.of(new AnswerOutcome.Refused("The time limit has passed: the exam was finished with the answers given."));
        }
        if (a.finished()) {
            return Optional.of(new AnswerOutcome.Refused("This attempt is finished: no more answers are taken."));
        }
        return Optional.empty();
    }

    static AnswerOutcome alreadyAnswered() {
        return new AnswerOutcome.Refused("This question has already been answered.");
    }

    /** Grades the response and records it on the item. */
    static void grade(AttemptItem item, Map<String, Object> response, Instant now) {
        GivenAnswer given;
        Score score;
        try {
            given = ResponseReader.read(item.question.type, item.delivery, response);
            score = Grading.grade(item.question.spec().body(), given);
        } catch (InvalidResponse e) {
            String message = e.getMessage();
            String field = message.contains(":") ? message.substring(0, message.indexOf(':')) : "response";
            throw InvalidInput.of(field, message);
        }
        item.response = ResponseReader.stored(item.question.type, response);
        item.picked = ChoicesPicked.of(given);
        item.score = score.value();
        item.answeredAt = now;
    }

    /**
     * One learning loop: what practice shows the learner does not know yet comes up in review now (the card is
     * requeued). An exam's misses wait for its end (AttemptClosing).
     */
    static boolean missedInPractice(AttemptItem item) {
        return item.attempt.practice() && !Score.of(item.scoreOrZero()).correct();
    }

    /** Feedback for a practice answer; an exam answer is only recorded. */
    static AnswerOutcome outcome(AttemptItem item) {
        return item.attempt.practice() ? new AnswerOutcome.Feedback(Results.of(item)) : new AnswerOutcome.Recorded();
    }

    /**
     * A new practice quiz of the questions a finished attempt did not get fully right (their current versions,
     * retired ones left out); 400 when nothing was missed.
     */
    @Transactional
    public Attempt retryMissed(String username, UUID attemptId) {
        Attempt done = lockOwned(username, attemptId);
        refuseBesideOpenExam(done);
        if (!done.finished()) {
            throw InvalidInput.of("attempt", "Finish the quiz first; then you can retry what you missed.");
        }
        Set<String> missed = new HashSet<>();
        done.items.stream().filter(i -> !Score.of(i.scoreOrZero()).correct()).forEach(i -> missed.add(i.question.key));
        List<Question> again = new ArrayList<>(Question.listLive(done.bank).stream().filter(q -> missed.contains(q.key)).toList());
        if (again.isEmpty()) {
            throw InvalidInput.of("attempt", "Nothing to retry: every question was right.");
        }
        hold.refuseDuringExam(done.user.id, done.bank.id);
        Collections.shuffle(again, random);
        QuizStart practice = new QuizStart(done.bank.slug, again.size(), List.of(), QuizMode.PRACTICE.code(), null);
        return create(done.user, done.bank, practice, List.of(), again);
    }

    /** Flags a question to come back to (or takes the flag off), until the attempt is finished. */
    @Transactional
    public void flag(String username, UUID attemptId, String questionId, boolean flagged) {
        Attempt a = lockOwned(username, attemptId);
        refuseBesideOpenExam(a);
        if (a.finished() || a.overdue(clock.instant())) {
            return; // nothing to come back to: the pages lead to the results
        }
        item(a, questionId).flagged = flagged;
    }

    /**
     * The item a learner's questionId names (the attempt's own opaque id), read alone by its unique key: answering
     * one question need not load the whole attempt's questions.
     */
    static AttemptItem item(Attempt a, String questionId) {
        return AttemptItem.<AttemptItem>find("from AttemptItem i join fetch i.question where i.attempt = ?1 and i.publicId = ?2", a, questionId == null ? "" : questionId)
                .firstResultOptional()
                .orElseThrow(() -> notInAttempt(questionId));
    }

    static InvalidInput notInAttempt(String questionId) {
        return InvalidInput.of("questionId", "The question '" + questionId + "' is not part of this attempt.");
    }

    static NotFound noSuchAttempt() {
        // Someone else's attempt is answered exactly like a missing one: its existence is not revealed.
        return new NotFound("There is no such attempt.");
    }

    @Transactional
    public QuizResult finish(String username, UUID attemptId) {
        Attempt a = lockOwned(username, attemptId);
        refuseBesideOpenExam(a);
        if (!a.finished()) {
            closing.close(a, a.overdue(clock.instant()) ? a.expiresAt : clock.instant());
        }
        return result(a);
    }

    /** Closes the attempt when it is an exam past its deadline that nobody has closed yet (looked at under its lock). */
    @Transactional
    public void closeIfOverdue(UUID attemptId) {
        Attempt a = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a != null && a.overdue(clock.instant())) {
            closing.close(a, a.expiresAt);
        }
    }

    /** The caller's attempt, read without a lock; an exam past its deadline is finished on the way. */
    @Transactional
    public Attempt load(String username, UUID attemptId) {
        Attempt a = owned(username, Attempt.findById(attemptId));
        refuseBesideOpenExam(a);
        if (a.overdue(clock.instant())) {
            // Only closing writes: take the row lock for it alone, and look again under the lock.
            Attempt.getEntityManager().refresh(a, LockModeType.PESSIMISTIC_WRITE);
            if (a.overdue(clock.instant())) {
                closing.close(a, a.expiresAt);
            }
        }
        return a;
    }

    /**
     * While the learner takes an exam on the bank, their other attempts on it stay closed: practice feedback
     * and earlier results would show the exam's answers.
     */
    private void refuseBesideOpenExam(Attempt a) {
        hold.openExam(a.user.id, a.bank.id).filter(exam -> !exam.equals(a.id)).ifPresent(exam -> {
            throw new ExamInProgress(exam);
        });
    }

    static QuizResult result(Attempt a) {
        return new QuizResult(a.id.toString(), a.bank.slug, a.mode, a.score == null ? 0 : a.score, a.maxScore,
                a.items.stream().map(Results::of).toList());
    }

    private static Attempt lockOwned(String username, UUID attemptId) {
        return owned(username, Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Attempt owned(String username, Attempt a) {
        if (a == null || !a.user.username.equals(username)) {
            throw noSuchAttempt();
        }
        return a;
    }
}
