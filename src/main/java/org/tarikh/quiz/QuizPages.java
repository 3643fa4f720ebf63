package org.tarikh.quiz;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tarikh.bank.BankOverview;
import org.tarikh.bank.BankService;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;
import org.tarikh.web.FormErrors;
import org.tarikh.web.NoStore;

/** Quizzes as pages: the start form, one question at a time (htmx feedback, plain-form fallback), results, history. */
@Path("/quizzes")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class QuizPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(BankOverview overview, QuizStart values, Map<String, String> errors);

        static native TemplateInstance play(PlayView view);

        static native TemplateInstance play$area(PlayView view);

        static native TemplateInstance results(QuizResult result, AttemptSummary summary, String bankTitle,
                                               boolean timeUp, boolean onlyMissed);

        static native TemplateInstance history(List<AttemptSummary> attempts);

        static native TemplateInstance finish(PlayView view);

        static native TemplateInstance examInProgress(String examId);
    }

    private static final Pattern ATTEMPT_PAGE = Pattern.compile("/quizzes/[0-9a-fA-F-]{36}");

    private final QuizService quizzes;
    private final QuizAnswers answers;
    private final QuizPlay plays;
    private final AssignedQuizzes assigned;
    private final QuizHistory history;
    private final BankService banks;
    private final CurrentUser currentUser;

    QuizPages(QuizService quizzes, QuizAnswers answers, QuizPlay plays, AssignedQuizzes assigned, QuizHistory history,
              BankService banks, CurrentUser currentUser) {
        this.quizzes = quizzes;
        this.answers = answers;
        this.plays = plays;
        this.assigned = assigned;
        this.history = history;
        this.banks = banks;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list() {
        return Templates.history(history.attempts(currentUser.username(), 0, 100).items());
    }

    @GET
    @Path("new")
    public TemplateInstance startForm(@QueryParam("bank") String bank) {
        BankOverview overview = banks.overview(bank == null ? "" : bank);
        quizzes.refuseDuringExam(currentUser.username(), overview.bank());
        QuizStart defaults = new QuizStart(bank, QuizLimits.DEFAULT_COUNT, List.of(), QuizMode.PRACTICE.code(), null);
        return Templates.start(overview, defaults, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(MultivaluedMap<String, String> form) {
        if (form.getFirst("assignmentId") != null) {
            return startAssignment(form.getFirst("assignmentId"));
        }
        String bank = form.getFirst("bank");
        QuizStart request;
        try {
            Integer minutes = FormErrors.parseInt("timeLimitSeconds", form.getFirst("timeLimitMinutes"));
            boolean exam = QuizMode.fromCode(form.getFirst("mode")).orElse(null) == QuizMode.EXAM;
            request = new QuizStart(bank, FormErrors.parseInt("count", form.getFirst("count")),
                    form.get("topics") == null ? List.of() : form.get("topics"), form.getFirst("mode"),
                    exam && minutes != null && minutes > 0 ? minutes * 60 : null);
            Attempt a = quizzes.start(currentUser.username(), request);
            return Response.seeOther(URI.create("/quizzes/" + a.id)).build();
        } catch (InvalidInput e) {
            QuizStart shown = new QuizStart(bank, FormErrors.parseIntOrNull(form.getFirst("count")), form.get("topics"),
                    form.getFirst("mode"), null);
            return Response.status(400).entity(Templates.start(banks.overview(bank == null ? "" : bank), shown,
                    FormErrors.of(e))).build();
        }
    }

    /** An assignment's quiz with its teacher's settings; an unfinished attempt at it is continued, not started again. */
    private Response startAssignment(String assignment) {
        long id;
        try {
            id = Long.parseLong(assignment.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("assignmentId", "The assignment id is a number.");
        }
        String user = currentUser.username();
        UUID attempt = assigned.unfinished(user, id).orElse(null);
        if (attempt == null) {
            try {
                attempt = assigned.start(user, id).id;
            } catch (Conflict noAttemptLeft) {
                return Flash.redirect("/", "no-attempts-left");
            }
        }
        return Response.seeOther(URI.create("/quizzes/" + attempt)).build();
    }

    @GET
    @Path("{id}")
    public Response play(@PathParam("id") String id, @QueryParam("q") Integer q) {
        return plays.play(currentUser.id(), QuizApi.attemptId(id), q, null)
                .map(view -> NoStore.ok(Templates.play(view)))
                .orElseGet(() -> Response.seeOther(URI.create("/quizzes/" + id + "/results")).build());
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @HeaderParam("HX-Request") String htmx,
                           MultivaluedMap<String, String> form) {
        UUID attemptId = QuizApi.attemptId(id);
        long learner = currentUser.id();
        QuizAnswers.Target target = answers.target(learner, attemptId, form.getFirst("questionId"));
        AnswerOutcome outcome;
        try {
            outcome = answers.answer(learner, target, FormResponse.from(target.type(), form));
        } catch (InvalidInput e) {
            String problem = FormErrors.of(e).values().iterator().next();
            Optional<PlayView> again = plays.play(learner, attemptId, target.position(), problem);
            if (again.isEmpty()) {
                return toResults(attemptId, htmx);
            }
            return htmx != null ? NoStore.ok(Templates.play$area(again.get()))
                    : NoStore.of(Response.status(400).entity(Templates.play(again.get())));
        }
        Optional<PlayView> after = plays.play(learner, attemptId, target.position(), null);
        if (after.isEmpty()) {
            return toResults(attemptId, htmx);
        }
        PlayView view = after.get();
        boolean alreadyAnswered = outcome instanceof AnswerOutcome.Refused;
        // An answer sent twice (a second tab, a double click) simply shows the question as answered.
        if (htmx != null && (view.practice() || alreadyAnswered)) {
            return NoStore.ok(Templates.play$area(view));
        }
        int shown = view.practice() ? target.position() : view.nextOr(target.position());
        return Response.seeOther(URI.create("/quizzes/" + id + "?q=" + shown)).build();
    }

    /** Flags a question to come back to, or takes the flag off; the page stays on that question. */
    @POST
    @Path("{id}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(@PathParam("id") String id, @HeaderParam("HX-Request") String htmx,
                         MultivaluedMap<String, String> form) {
        UUID attemptId = QuizApi.attemptId(id);
        String user = currentUser.username();
        QuizAnswers.Target target = answers.target(currentUser.id(), attemptId, form.getFirst("questionId"));
        quizzes.flag(user, attemptId, form.getFirst("questionId"), "true".equals(form.getFirst("flagged")));
        if (htmx != null) {
            return plays.play(currentUser.id(), attemptId, target.position(), null)
                    .map(view -> NoStore.ok(Templates.play$area(view))).orElseGet(() -> toResults(attemptId, htmx));
        }
        return Response.seeOther(URI.create("/quizzes/" + id + "?q=" + target.position())).build();
    }

    /** Before finishing: how many questions are unanswered or flagged, and a last chance to go back (as Moodle's summary). */
    @GET
    @Path("{id}/finish")
    public Response confirmFinish(@PathParam("id") String id) {
        return plays.play(currentUser.id(), QuizApi.attemptId(id), 1, null)
                .map(view -> NoStore.ok(Templates.finish(view)))
                .orElseGet(() -> Response.seeOther(URI.create("/quizzes/" + id + "/results")).build());
    }

    @POST
    @Path("{id}/finish")
    public Response finish(@PathParam("id") String id) {
        quizzes.finish(currentUser.username(), QuizApi.attemptId(id));
        return Response.seeOther(URI.create("/quizzes/" + id + "/results")).build();
    }

    /** A new practice quiz of the questions this attempt missed. */
    @POST
    @Path("{id}/retry")
    public Response retryMissed(@PathParam("id") String id) {
        try {
            Attempt again = quizzes.retryMissed(currentUser.username(), QuizApi.attemptId(id));
            return Response.seeOther(URI.create("/quizzes/" + again.id)).build();
        } catch (InvalidInput nothingMissed) {
            return Response.seeOther(URI.create("/quizzes/" + id + "/results")).build();
        }
    }

    @GET
    @Path("{id}/results")
    public Response results(@PathParam("id") String id, @QueryParam("show") String show) {
        boolean onlyMissed = "missed".equals(show);
        return history.results(currentUser.username(), QuizApi.attemptId(id))
                .map(p -> NoStore.ok(Templates.results(p.result(), p.summary(), p.bankTitle(), p.timeUp(), onlyMissed)))
                .orElseGet(() -> Response.seeOther(URI.create("/quizzes/" + id)).build());
    }

    /**
     * A learner taking an exam on the bank asked for something that would show its answers: say so kindly and
     * lead back to the exam. An htmx request is sent to the attempt's page, which says the same.
     */
    @ServerExceptionMapper
    Response examInProgress(ExamInProgress e, HttpServerRequest request) {
        if (request.getHeader("HX-Request") != null) {
            Matcher attempt = ATTEMPT_PAGE.matcher(request.path());
            return Response.ok().header("HX-Redirect", attempt.lookingAt() ? attempt.group() : "/quizzes").build();
        }
        return Response.status(409).entity(Templates.examInProgress(e.examId().toString())).build();
    }

    /** The attempt is over (finished, or its time ran out): go to the results, also from an htmx request. */
    private Response toResults(UUID attemptId, String htmx) {
        URI results = URI.create("/quizzes/" + attemptId + "/results"); // the page itself says when time ran out
        return htmx != null ? Response.ok().header("HX-Redirect", results.toString()).build()
                : Response.seeOther(results).build();
    }
}
