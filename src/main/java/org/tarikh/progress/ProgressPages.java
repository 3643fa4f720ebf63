package org.tarikh.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.List;
import org.tarikh.web.CurrentUser;

/** The progress dashboard: numbers, charts (Chart.js, served by the app) and their table fallbacks. */
@Path("/progress")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProgressPages {

    /** One square of the review heatmap. */
    public record HeatCell(String date, long reviews, int level) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Progress progress, List<HeatCell> heat, String forecastJson,
                                                 String quizJson);
    }

    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    ProgressPages(ProgressService progress, CurrentUser currentUser, ObjectMapper json) {
        this.progress = progress;
        this.currentUser = currentUser;
        this.json = json;
    }

    @GET
    public TemplateInstance dashboard() {
        Progress p = progress.of(currentUser.username());
        long max = p.heatmap().stream().mapToLong(Progress.DayCount::due).max().orElse(0);
        List<HeatCell> heat = p.heatmap().stream()
                .map(d -> new HeatCell(d.date(), d.due(), d.due() == 0 || max == 0 ? 0 : (int) Math.ceil(4.0 * d.due() / max)))
                .toList();
        return Templates.dashboard(p, heat, write(p.forecast()), write(p.quizzes()));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
