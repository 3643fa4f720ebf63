package org.tarikh.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tarikh.classes.ClassProgress;
import org.tarikh.review.Learner;
import org.tarikh.review.StudyOverview;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Times;

/** The front page; for a signed-in learner, the study home: their banks to study, an unfinished quiz, their assignments. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    /** An assignment on the home page, its due time in the learner's zone. */
    public record HomeAssignment(ClassProgress.LearnerAssignment item, String due) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(StudyOverview.Overview study, List<HomeAssignment> assignments);
    }

    private final ClassProgress progress;
    private final StudyOverview study;
    private final CurrentUser currentUser;

    HomePages(ClassProgress progress, StudyOverview study, CurrentUser currentUser) {
        this.progress = progress;
        this.study = study;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance home() {
        if (!currentUser.signedIn()) {
            return Templates.home(null, List.of());
        }
        String zone = currentUser.timeZone();
        return Templates.home(study.of(Learner.of(currentUser)), progress.forLearner(currentUser.username()).stream()
                .map(a -> new HomeAssignment(a, Times.format(a.assignment().dueAt, zone))).toList());
    }
}
