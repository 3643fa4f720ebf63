package org.tarikh.bank;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tarikh.account.Role;
import org.tarikh.bank.content.CorrectAnswer;
import org.tarikh.bank.content.QuestionSpec;

/** The bank list, a bank's page, and the teachers' read-only view of every question with its answer. */
@Path("/banks")
@Produces(MediaType.TEXT_HTML)
public class BankPages {

    /** A question with its answer, for teachers. */
    public record AnsweredQuestion(String id, String type, String topic, String prompt, String answer,
                                   String explanation, List<SectionLink> sources, int version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BankOverview> banks);

        static native TemplateInstance show(BankOverview overview);

        static native TemplateInstance questions(BankOverview overview, List<AnsweredQuestion> questions);
    }

    private final BankService banks;

    BankPages(BankService banks) {
        this.banks = banks;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(banks.overviews());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        return Templates.show(banks.overview(slug));
    }

    @GET
    @Path("{slug}/questions")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public TemplateInstance questions(@PathParam("slug") String slug) {
        BankOverview overview = banks.overview(slug);
        List<AnsweredQuestion> rows = banks.liveQuestions(overview.bank()).stream().map(q -> {
            QuestionSpec s = q.spec();
            QuestionForLearner shown = QuestionForLearner.of(s);
            return new AnsweredQuestion(s.id(), s.type().code(), s.topic(), shown.prompt(),
                    CorrectAnswer.describe(s.body()), s.explanation(),
                    SourceLinks.sections(overview.bank().sourceUrl, s.sections()), q.version);
        }).toList();
        return Templates.questions(overview, rows);
    }
}
