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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.tarikh.review.StudyDay;
import org.tarikh.web.Times;
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
                                                 String quizJson, String studyDayNote);
    }

    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    ProgressPages(ProgressService progress, CurrentUser currentUser, ObjectMapper json, Clock clock) {
        this.progress = progress;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    @GET
    public TemplateInstance dashboard() {
        Progress p = progress.of(currentUser.username());
        long max = p.heatmap().stream().mapToLong(Progress.DayCount::due).max().orElse(0);
        List<HeatCell> heat = p.heatmap().stream()
                .map(d -> new HeatCell(d.date(), d.due(), d.due() == 0 || max == 0 ? 0 : (int) Math.ceil(4.0 * d.due() / max)))
                .toList();
        return Templates.dashboard(p, heat, write(p.forecast()), write(p.quizzes()), studyDayNote());
    }

    /**
     * Days here are study days, 04:00 to 04:00: between midnight and 04:00 the first bar carries the previous
     * calendar date, which reads like a mistake unless the page says why.
     */
    private String studyDayNote() {
        StudyDay day = StudyDay.of(Times.zoneOrNull(currentUser.timeZone()) == null ? null : currentUser.timeZone());
        Instant now = clock.instant();
        LocalDate studyDay = day.dayOf(now);
        if (studyDay.equals(LocalDate.ofInstant(now, day.zone()))) {
            return "Each bar is a study day, from 04:00 to 04:00 in your time zone.";
        }
        return "It is before 04:00, so today's study day is still " + DAY.format(studyDay)
                + ": it runs until 04:00, and the first bar is dated " + DAY.format(studyDay) + ".";
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
