package org.tarikh.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tarikh.account.Role;
import org.tarikh.classes.ClassService;
import org.tarikh.classes.SchoolClass;
import org.tarikh.quiz.AttemptView;
import org.tarikh.quiz.QuizHistory;
import org.tarikh.web.CurrentUser;

/** A class's report as a page: the students, then the item analysis with its flags. */
@Path("/classes/{id}/report")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ClassReport report, ReportOrder order);

        static native TemplateInstance student(long classId, String className, String username, List<AttemptView> attempts,
                                               String zone);
    }

    private final ClassReports reports;
    private final ClassService classes;
    private final QuizHistory quizzes;
    private final CurrentUser currentUser;

    ReportPages(ClassReports reports, ClassService classes, QuizHistory quizzes, CurrentUser currentUser) {
        this.reports = reports;
        this.classes = classes;
        this.quizzes = quizzes;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance report(@PathParam("id") long id, @QueryParam("sort") String sort,
                                   @QueryParam("isort") String isort) {
        ReportOrder order = ReportOrder.of(sort, isort);
        return Templates.report(order.apply(reports.report(currentUser.username(), id)), order);
    }

    /** One student's quizzes in the class, each with its answers once finished. */
    @GET
    @Path("students/{username}")
    public TemplateInstance student(@PathParam("id") long id, @PathParam("username") String username) {
        String me = currentUser.username();
        SchoolClass c = classes.taughtBy(me, id);
        List<AttemptView> attempts = reports.attemptsOf(c, username).stream()
                .map(attempt -> quizzes.view(me, attempt)).toList();
        return Templates.student(id, c.name, username, attempts, currentUser.timeZone());
    }

    /** {@code {flag.flagLabel}}: a flag code in words. */
    @TemplateExtension
    static String flagLabel(String flag) {
        return ItemFlags.label(flag);
    }
}
