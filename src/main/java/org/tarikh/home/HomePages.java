package org.tarikh.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tarikh.classes.ClassService;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Times;

/** The front page; for a signed-in learner, their assignments with where they stand. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    /** An assignment on the home page, its due time in the learner's zone. */
    public record HomeAssignment(ClassService.LearnerAssignment item, String due) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<HomeAssignment> assignments);
    }

    private final ClassService classes;
    private final CurrentUser currentUser;

    HomePages(ClassService classes, CurrentUser currentUser) {
        this.classes = classes;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance home() {
        if (!currentUser.signedIn()) {
            return Templates.home(List.of());
        }
        String zone = currentUser.timeZone();
        return Templates.home(classes.forLearner(currentUser.username()).stream()
                .map(a -> new HomeAssignment(a, Times.format(a.assignment().dueAt, zone))).toList());
    }
}
