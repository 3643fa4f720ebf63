package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.Uncompressed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tarikh.bank.SourceRef;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotFound;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.NoStore;
import org.tarikh.web.Paged;

/** Quizzes over JSON: start, answer, finish, read one attempt, list one's own. */
@Path("/api/v1/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuizApi {

    /** A started quiz: its id, and its questions without their answers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Started(String attemptId, String mode, Instant expiresAt, List<QuizQuestion> questions) {
    }

    /** One answer. */
    public record Answer(String questionId, Map<String, Object> response) {
    }

    /** An exam answer, recorded without feedback. */
    public record Recorded(boolean recorded) {
    }

    /** Practice feedback, in the shape of API.md. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feedback(boolean correct, double score, String correctAnswer, String explanation,
                           SourceRef source, String feedback) {
    }

    private final QuizService quizzes;
    private final QuizAnswers answers;
    private final AssignedQuizzes assigned;
    private final QuizHistory history;
    private final CurrentUser currentUser;

    QuizApi(QuizService quizzes, QuizAnswers answers, AssignedQuizzes assigned, QuizHistory history, CurrentUser currentUser) {
        this.quizzes = quizzes;
        this.answers = answers;
        this.assigned = assigned;
        this.history = history;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(QuizStart request) {
        if (request == null) {
            throw InvalidInput.of("body", "Send {\"bank\": slug, \"count\": 10, \"mode\": \"practice\"}.");
        }
        Attempt a = request.assignmentId() != null ? assigned.start(currentUser.username(), request.assignmentId())
                : quizzes.start(currentUser.username(), request);
        AttemptView view = AttemptView.of(a);
        return Response.status(201).entity(new Started(view.attemptId(), a.mode.code(), a.expiresAt, view.questions())).build();
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Uncompressed // one answer's feedback, a few hundred bytes: see review/ReviewRoutes.send
    public Response answer(@PathParam("id") String id, Answer body) {
        if (body == null || body.questionId() == null) {
            throw InvalidInput.of("questionId", "Say which question this answers (questionId).");
        }
        AnswerOutcome outcome = answers.answer(currentUser.id(), attemptId(id), body.questionId(), body.response());
        if (outcome instanceof AnswerOutcome.Refused refused) {
            throw new Conflict(refused.message());
        }
        if (outcome instanceof AnswerOutcome.Feedback f) {
            ItemResult r = f.result();
            return NoStore.ok(new Feedback(r.correct(), r.score(), r.correctAnswer(), r.explanation(), r.source(), r.feedback()));
        }
        return Response.ok(new Recorded(true)).build();
    }

    @POST
    @Path("{id}/finish")
    public Response finish(@PathParam("id") String id) {
        return NoStore.ok(quizzes.finish(currentUser.username(), attemptId(id)));
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id) {
        return NoStore.ok(history.view(currentUser.username(), attemptId(id)));
    }

    @GET
    public Paged<AttemptSummary> list(@QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        Paged.check(page, size);
        return history.attempts(currentUser.username(), page, size);
    }

    static UUID attemptId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no such attempt.");
        }
    }
}
