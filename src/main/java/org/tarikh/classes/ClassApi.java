package org.tarikh.classes;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.tarikh.account.Role;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.ClientAddress;
import org.tarikh.web.CurrentUser;

/** Classes over JSON: teachers create them and set work, learners join with the code and see their assignments. */
@Path("/api/v1/classes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ClassApi {

    /** The body of a new class. */
    public record NewClass(String name) {
    }

    /** The body of a new assignment; the due time may carry any offset. */
    public record AssignmentRequest(String bank, String kind, Integer count, List<String> topics, OffsetDateTime dueAt,
                                    String mode, Integer timeLimitSeconds, Integer maxAttempts) {
        AssignmentService.NewAssignment toNew() {
            return new AssignmentService.NewAssignment(bank, kind, count, topics, dueAt == null ? null : dueAt.toInstant(),
                    mode, timeLimitSeconds, maxAttempts);
        }
    }

    /** The body of a join. */
    public record Join(String joinCode) {
    }

    /** A class as its teacher sees it. */
    public record ClassCreated(long id, String name, String joinCode) {
        static ClassCreated of(SchoolClass c) {
            return new ClassCreated(c.id, c.name, c.joinCode);
        }
    }

    /** A class as a member sees it. */
    public record ClassJoined(long id, String name, String teacher) {
    }

    /** An assignment; {@code status} is the caller's own when the caller is a member. */
    public record AssignmentView(long id, long classId, String bank, String kind, Integer count, List<String> topics,
                                 Instant dueAt, String mode, Integer timeLimitSeconds, Integer maxAttempts, String status) {
        static AssignmentView of(Assignment a, String status) {
            return new AssignmentView(a.id, a.schoolClass.id, a.bank.slug, a.kind.code(), a.questionCount, a.topics, a.dueAt,
                    a.quiz() ? a.mode.code() : null, a.timeLimitSeconds, a.maxAttempts, status);
        }
    }

    /** An assignment with every member's status. */
    public record AssignmentStatusView(AssignmentView assignment, List<ClassProgress.MemberStatus> members) {
    }

    private final ClassService classes;
    private final AssignmentService assignments;
    private final ClassProgress progress;
    private final CurrentUser currentUser;

    ClassApi(ClassService classes, AssignmentService assignments, ClassProgress progress, CurrentUser currentUser) {
        this.classes = classes;
        this.assignments = assignments;
        this.progress = progress;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response create(NewClass body) {
        SchoolClass c = classes.create(currentUser.username(), body == null ? null : body.name());
        return Response.created(URI.create("/api/v1/classes/" + c.id)).entity(ClassCreated.of(c)).build();
    }

    @GET
    public List<ClassCreated> taught() {
        return classes.taughtClasses(currentUser.username()).stream().map(ClassCreated::of).toList();
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClassJoined join(Join body, HttpServerRequest request) {
        if (body == null) {
            throw InvalidInput.of("joinCode", "Send {\"joinCode\": \"...\"}.");
        }
        SchoolClass c = classes.join(currentUser.username(), body.joinCode(), ClientAddress.of(request));
        return new ClassJoined(c.id, c.name, c.teacher.username);
    }

    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response assign(@PathParam("id") long id, AssignmentRequest body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send {\"bank\", \"kind\", \"count\", \"dueAt\"}.");
        }
        Assignment a = assignments.assign(currentUser.username(), id, body.toNew());
        return Response.created(URI.create("/api/v1/classes/" + id + "/assignments/" + a.id))
                .entity(AssignmentView.of(a, null)).build();
    }

    /** Changes an assignment's due time, count, mode, time limit and attempts; bank, kind and topics stay. */
    @PUT
    @Path("{id}/assignments/{assignmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public AssignmentView change(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
                                 AssignmentRequest body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send {\"dueAt\", \"mode\"?, \"timeLimitSeconds\"?, \"maxAttempts\"?, \"count\"?}.");
        }
        if (body.bank() != null || body.kind() != null || body.topics() != null) {
            throw InvalidInput.of(body.bank() != null ? "bank" : body.kind() != null ? "kind" : "topics",
                    "The bank, kind and topics of a set assignment cannot change: withdraw it and set a new one.");
        }
        Assignment a = assignments.change(currentUser.username(), id, assignmentId, new AssignmentRules.Requested(
                body.count(), body.dueAt() == null ? null : body.dueAt().toInstant(), body.mode(),
                body.timeLimitSeconds(), body.maxAttempts()));
        return AssignmentView.of(a, null);
    }

    @GET
    @Path("{id}/assignments")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public List<AssignmentStatusView> assignments(@PathParam("id") long id) {
        return progress.board(classes.taughtBy(currentUser.username(), id)).stream()
                .map(row -> new AssignmentStatusView(AssignmentView.of(row.assignment(), null), row.members())).toList();
    }

    @DELETE
    @Path("{id}/assignments/{assignmentId}")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response withdraw(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        assignments.withdraw(currentUser.username(), id, assignmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("mine/assignments")
    public List<AssignmentView> mine() {
        return progress.forLearner(currentUser.username()).stream()
                .map(la -> AssignmentView.of(la.assignment(), la.status().code())).toList();
    }
}
