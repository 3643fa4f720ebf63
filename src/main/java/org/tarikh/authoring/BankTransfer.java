package org.tarikh.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.QuestionVersions;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;
import org.tarikh.bank.transfer.ExportedFile;
import org.tarikh.bank.transfer.ImportedQuestions;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotAllowed;
import org.tarikh.failure.TooLarge;
import org.tarikh.text.UnsafeText;

/**
 * Import and export of whole banks. An import is all or nothing: any bad question and nothing is stored. A
 * question whose id the bank already has becomes a new version of it; the bank's other questions stay.
 */
@ApplicationScoped
public class BankTransfer {

    /** The largest file we take, in bytes of UTF-8. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Errors listed for one file; past these, one more line says how many were left out. */
    static final int MAX_ERRORS = 100;

    /** What an import stored. */
    public record Outcome(int imported, int updated, int unchanged, List<LineMessage> skipped, List<LineMessage> notes) {

        static Outcome of(ImportPlan plan) {
            return new Outcome((int) plan.count(ImportPlan.Change.NEW), (int) plan.count(ImportPlan.Change.UPDATED),
                    (int) plan.count(ImportPlan.Change.UNCHANGED), plan.skipped(), plan.notes());
        }
    }

    private final BankAuthoring authoring;
    private final QuestionAuthoring questions;
    private final Clock clock;

    BankTransfer(BankAuthoring authoring, QuestionAuthoring questions, Clock clock) {
        this.authoring = authoring;
        this.questions = questions;
        this.clock = clock;
    }

    /** The bank as a file: its owner may export it, and any teacher a curated bank. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExportedFile export(String username, boolean teacher, String slug, TransferFormat format) {
        Bank bank = Bank.require(slug);
        boolean allowed = bank.curated() ? teacher : bank.owner.username.equals(username);
        if (!allowed) {
            throw new NotAllowed(bank.curated() ? "Only teachers can export curated banks."
                    : "Only the bank's owner can export '" + bank.title + "'.");
        }
        List<QuestionSpec> questions = Question.listLive(bank).stream().map(Question::spec).toList();
        return format.write(bank, questions);
    }

    /** What importing {@code text} would do, without storing anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPlan plan(String username, String slug, TransferFormat format, String text) {
        return planFor(authoring.owned(username, slug), format, text).plan();
    }

    /** What {@link #apply} would answer, without storing anything: 400 with every error, as the import would. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outcome dryRun(String username, String slug, TransferFormat format, String text) {
        ImportPlan plan = planFor(authoring.owned(username, slug), format, text).plan();
        refuseInvalid(plan, format);
        return Outcome.of(plan);
    }

    /** Stores the import in one transaction, or stores nothing and answers 400 with every error and its line. */
    @Transactional
    public Outcome apply(String username, String slug, TransferFormat format, String text) {
        Bank bank = QuestionAuthoring.lockForGrowth(authoring.owned(username, slug));
        Planned planned = planFor(bank, format, text);
        ImportPlan plan = planned.plan();
        refuseInvalid(plan, format);
        Instant now = clock.instant();
        for (ImportPlan.Row row : plan.rows()) {
            if (row.change() == ImportPlan.Change.NEW) {
                QuestionVersions.add(bank, row.question(), 1, now);
            } else if (row.change() == ImportPlan.Change.UPDATED) {
                questions.saveVersion(QuestionAuthoring.lock(planned.current().get(row.question().id())), row.question());
            }
        }
        bank.updatedAt = now;
        return Outcome.of(plan);
    }

    private static void refuseInvalid(ImportPlan plan, TransferFormat format) {
        if (!plan.isValid()) {
            List<ErrorDetail> details = plan.errors().stream().map(e -> ErrorDetail.line(e.line(), e.message())).toList();
            throw new InvalidInput("The " + format.code() + " file has " + details.size()
                    + (details.size() == 1 ? " error" : " errors") + "; nothing was imported.", details);
        }
    }

    /** The plan, and the bank's current questions by id that it was made against. */
    private record Planned(ImportPlan plan, Map<String, Question> current) {
    }

    private static Planned planFor(Bank bank, TransferFormat format, String text) {
        checkSize(text);
        int unsafeLine = UnsafeText.lineOfControl(text);
        if (unsafeLine > 0) {
            return new Planned(new ImportPlan(List.of(), List.of(), List.of(), List.of(new LineMessage(unsafeLine,
                    "this line holds a control character (such as NUL): the file is not plain text"))), Map.of());
        }
        ImportedQuestions file = format.read(text);
        Map<String, Question> current = Question.listCurrent(bank).stream()
                .collect(Collectors.toMap(q -> q.key, Function.identity()));
        List<ImportPlan.Row> rows = new ArrayList<>();
        for (QuestionSpec q : file.questions()) {
            Question existing = current.get(q.id());
            ImportPlan.Change change = existing == null ? ImportPlan.Change.NEW
                    : existing.retiredAt == null && existing.spec().equals(q) ? ImportPlan.Change.UNCHANGED
                    : ImportPlan.Change.UPDATED;
            rows.add(new ImportPlan.Row(q, change));
        }
        List<LineMessage> errors = file.errors().isEmpty() && file.questions().isEmpty()
                ? List.of(new LineMessage(1, "the file holds no question Tarikh can import")) : capped(file.errors());
        long added = rows.stream().filter(r -> r.change() == ImportPlan.Change.NEW).count();
        if (errors.isEmpty() && current.size() + added > QuestionAuthoring.MAX_QUESTIONS) {
            errors = List.of(new LineMessage(1, QuestionAuthoring.full(current.size(), added)));
        }
        return new Planned(new ImportPlan(rows, file.skipped(), file.notes(), errors), current);
    }

    /** The first errors of a file, and a last line saying how many more there were. */
    private static List<LineMessage> capped(List<LineMessage> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return errors;
        }
        List<LineMessage> shown = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        shown.add(new LineMessage(errors.get(MAX_ERRORS).line(),
                "... and " + (errors.size() - MAX_ERRORS) + " more errors, not listed; fix these first"));
        return shown;
    }

    private static void checkSize(String text) {
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new TooLarge("The file is larger than 5 MB: split it into smaller files.");
        }
    }
}
