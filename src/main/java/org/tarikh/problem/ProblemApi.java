package org.tarikh.problem;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.tarikh.account.Role;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Paged;

/** Problem reports over JSON: anyone signed in files one; teachers read their queue and close reports. */
@Path("/api/v1/problems")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProblemApi {

    /** The body of a report. */
    public record NewProblem(String bank, String questionId, String kind, String message) {
    }

    private final ProblemService problems;
    private final CurrentUser currentUser;

    ProblemApi(ProblemService problems, CurrentUser currentUser) {
        this.problems = problems;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(NewProblem body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send {\"bank\", \"questionId\", \"kind\", \"message\"}.");
        }
        ProblemReport r = problems.report(currentUser.username(), body.bank(), body.questionId(), body.kind(), body.message());
        return Response.created(URI.create("/api/v1/problems/" + r.id)).entity(Map.of("id", r.id, "kind", r.kind.code())).build();
    }

    @GET
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Paged<ProblemService.QueuedProblem> queue() {
        List<ProblemService.QueuedProblem> open = problems.openFor(currentUser.username());
        return new Paged<>(open, open.size());
    }

    /** A teacher's reply: {@code {"reply", "close"?}}; the learner who filed the report sees it. */
    public record Reply(String reply, Boolean close) {
    }

    @POST
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response reply(@PathParam("id") long id, Reply body) {
        if (body == null) {
            throw InvalidInput.of("reply", "Send {\"reply\": \"...\", \"close\"?: true}.");
        }
        problems.reply(currentUser.username(), id, body.reply(), Boolean.TRUE.equals(body.close()));
        return Response.noContent().build();
    }

    /** The caller's own reports, newest first, each with the teacher's reply and its date once answered. */
    @GET
    @Path("mine")
    public Paged<ProblemService.OwnProblem> mine() {
        List<ProblemService.OwnProblem> mine = problems.filedBy(currentUser.username());
        return new Paged<>(mine, mine.size());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response close(@PathParam("id") long id) {
        problems.close(currentUser.username(), id);
        return Response.noContent().build();
    }
}
