package org.tarikh.classes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.account.Role;
import org.tarikh.account.User;
import org.tarikh.bank.BankOverview;
import org.tarikh.bank.BankService;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotFound;
import org.tarikh.quiz.QuizMode;
import org.tarikh.web.ClientAddress;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;
import org.tarikh.web.FormErrors;
import org.tarikh.web.Times;

/**
 * Class pages: learners join with a code; teachers create classes, set assignments and follow them. The forms take
 * their limits from {@code {AssignmentRules:MAX_ATTEMPTS}}: the rules stay free of the template engine.
 */
@TemplateData(target = AssignmentRules.class, namespace = TemplateData.SIMPLENAME)
@Path("/classes")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClassPages {

    /**
     * One assignment with each member's status, for the teacher; {@code dueLocal} fills the change form's date
     * picker, and {@code changeErrors} / {@code changeValues} hold a refused change of this assignment.
     */
    public record AssignmentRow(Assignment assignment, String due, String dueLocal, List<ClassProgress.MemberStatus> members,
                                long done, Map<String, String> changeErrors, Map<String, String> changeValues) {

        /** The value to show in the change form: what the teacher typed when refused, else the assignment's own. */
        public String changeValue(String field, Object current) {
            String typed = changeValues.get(field);
            return typed != null ? typed : current == null ? "" : current.toString();
        }

        /** Whether the change form shows exam mode: as the teacher chose when refused, else as the assignment is. */
        public boolean examChosen() {
            String typed = changeValues.get("mode");
            return typed != null ? exam(typed) : assignment.exam();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SchoolClass> taught, List<SchoolClass> joined, Map<String, String> errors,
                                            String joinCode);

        static native TemplateInstance show(SchoolClass schoolClass, List<User> members, List<AssignmentRow> assignments,
                                            List<BankOverview> banks, Map<String, String> errors, Map<String, String> values);
    }

    private final ClassService classes;
    private final AssignmentService assignments;
    private final ClassProgress progress;
    private final BankService banks;
    private final CurrentUser currentUser;

    ClassPages(ClassService classes, AssignmentService assignments, ClassProgress progress, BankService banks,
               CurrentUser currentUser) {
        this.classes = classes;
        this.assignments = assignments;
        this.progress = progress;
        this.banks = banks;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list() {
        return listWith(Map.of(), "");
    }

    @POST
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response create(@RestForm String name) {
        try {
            SchoolClass c = classes.create(currentUser.username(), name);
            return Flash.redirect("/classes/" + c.id, "class-created");
        } catch (InvalidInput e) {
            return Response.status(400).entity(listWith(FormErrors.of(e), "")).build();
        }
    }

    @POST
    @Path("join")
    public Response join(@RestForm String joinCode, HttpServerRequest request) {
        try {
            classes.join(currentUser.username(), joinCode, ClientAddress.of(request));
            return Flash.redirect("/", "joined");
        } catch (InvalidInput | NotFound | Conflict e) {
            int status = e instanceof NotFound ? 404 : e instanceof Conflict ? 409 : 400;
            return Response.status(status).entity(listWith(Map.of("joinCode", e.getMessage()), joinCode)).build();
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public TemplateInstance show(@PathParam("id") long id) {
        return showWith(id, Map.of(), Map.of());
    }

    /** Sets an assignment from the class page; the due time is read in the teacher's own time zone. */
    @POST
    @Path("{id}/assignments")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response assign(@PathParam("id") long id, @RestForm String bank, @RestForm String kind,
                           @RestForm String count, @RestForm String topics, @RestForm String dueAt,
                           @RestForm String mode, @RestForm String timeLimitMinutes, @RestForm String maxAttempts) {
        Map<String, String> values = Map.of("bank", nz(bank), "kind", nz(kind), "count", nz(count), "dueAt", nz(dueAt),
                "topics", nz(topics), "mode", nz(mode), "timeLimitMinutes", nz(timeLimitMinutes),
                "maxAttempts", nz(maxAttempts));
        try {
            Integer n = FormErrors.parseInt("count", count);
            Integer minutes = FormErrors.parseInt("timeLimitMinutes", blankToNull(timeLimitMinutes));
            Integer attempts = FormErrors.parseInt("maxAttempts", blankToNull(maxAttempts));
            boolean quiz = !AssignmentKind.REVIEW.code().equals(kind);
            List<String> topicList = List.of(nz(topics).split(",")).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
            // A review assignment ignores the quiz-only fields the form still holds from an earlier choice.
            assignments.assign(currentUser.username(), id, new AssignmentService.NewAssignment(bank, kind, n, topicList,
                    due(dueAt), quiz ? mode : null, quiz && exam(mode) && minutes != null ? minutes * 60 : null,
                    quiz ? attempts : null));
            return Flash.redirect("/classes/" + id, "assignment-set");
        } catch (InvalidInput e) {
            return Response.status(400).entity(showWith(id, forForm(e), values)).build();
        }
    }

    /** Changes an assignment from its "Change" form on the class page. */
    @POST
    @Path("{id}/assignments/{assignmentId}")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response change(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
                           @RestForm String dueAt, @RestForm String count, @RestForm String mode,
                           @RestForm String timeLimitMinutes, @RestForm String maxAttempts) {
        try {
            Integer minutes = FormErrors.parseInt("timeLimitMinutes", blankToNull(timeLimitMinutes));
            assignments.change(currentUser.username(), id, assignmentId, new AssignmentRules.Requested(
                    FormErrors.parseInt("count", blankToNull(count)), due(dueAt), mode,
                    exam(mode) && minutes != null ? minutes * 60 : null,
                    FormErrors.parseInt("maxAttempts", blankToNull(maxAttempts))));
            return Flash.redirect("/classes/" + id + "#assignment-" + assignmentId, "assignment-changed");
        } catch (InvalidInput e) {
            Map<String, String> typed = Map.of("dueAt", nz(dueAt), "count", nz(count), "mode", nz(mode),
                    "timeLimitMinutes", nz(timeLimitMinutes), "maxAttempts", nz(maxAttempts));
            return Response.status(400).entity(showWith(id, Map.of(), Map.of(), assignmentId, forForm(e), typed)).build();
        }
    }

    /** The service's field names and wording turned into the form's: minutes, and a date picker's terms. */
    private static Map<String, String> forForm(InvalidInput e) {
        Map<String, String> errors = new java.util.HashMap<>(FormErrors.of(e));
        String limit = errors.remove("timeLimitSeconds"); // the form asks in minutes
        if (limit != null) {
            errors.put("timeLimitMinutes", limit);
        }
        errors.computeIfPresent("dueAt", (field, message) -> message.startsWith("Give the due date")
                ? DUE_IN_FORM_TERMS : message);
        return errors;
    }

    private static final String DUE_IN_FORM_TERMS = "Choose the day and the time the work is due (both parts of the date field).";

    @POST
    @Path("{id}/assignments/{assignmentId}/withdraw")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response withdraw(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        assignments.withdraw(currentUser.username(), id, assignmentId);
        return Flash.redirect("/classes/" + id, "assignment-withdrawn");
    }

    private Instant due(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            ZoneId zone = Times.zoneOrNull(zone());
            return LocalDateTime.parse(local.strip()).atZone(zone == null ? ZoneId.of("UTC") : zone).toInstant();
        } catch (DateTimeException e) {
            throw InvalidInput.of("dueAt", DUE_IN_FORM_TERMS);
        }
    }

    private String zone() {
        return currentUser.timeZone();
    }

    private TemplateInstance listWith(Map<String, String> errors, String joinCode) {
        String me = currentUser.username();
        return Templates.list(currentUser.teacher() ? classes.taughtClasses(me) : List.of(), classes.joinedClasses(me),
                errors, joinCode == null ? "" : joinCode);
    }

    private TemplateInstance showWith(long id, Map<String, String> errors, Map<String, String> values) {
        return showWith(id, errors, values, -1, Map.of(), Map.of());
    }

    private TemplateInstance showWith(long id, Map<String, String> errors, Map<String, String> values, long changed,
                                      Map<String, String> changeErrors, Map<String, String> changeValues) {
        SchoolClass c = classes.taughtBy(currentUser.username(), id);
        String zone = zone();
        ZoneId zoneId = Times.zoneOrNull(zone) == null ? ZoneId.of("UTC") : Times.zoneOrNull(zone);
        List<AssignmentRow> rows = progress.board(c).stream().map(row -> {
            Assignment a = row.assignment();
            boolean refused = a.id == changed;
            return new AssignmentRow(a, Times.format(a.dueAt, zone),
                    LocalDateTime.ofInstant(a.dueAt, zoneId).withSecond(0).withNano(0).toString(), row.members(),
                    row.done(), refused ? changeErrors : Map.of(), refused ? changeValues : Map.of());
        }).toList();
        return Templates.show(c, classes.members(c), rows, banks.overviews(), errors, values);
    }

    private static boolean exam(String mode) {
        return QuizMode.EXAM.code().equals(mode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
