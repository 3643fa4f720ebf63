package org.tarikh.bank;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tarikh.web.Paged;

/** Public browsing of banks over JSON; questions come without their answers. */
@Path("/api/v1/banks")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class BankApi {

    /** A bank in the list. */
    public record BankSummary(String slug, String title, String description, int questionCount, List<String> topics,
                              String owner, boolean curated) {
        static BankSummary of(BankOverview o) {
            return new BankSummary(o.bank().slug, o.bank().title, o.bank().description, o.questionCount(),
                    List.copyOf(o.byTopic().keySet()), o.owner(), o.bank().curated());
        }
    }

    /** Where a bank's questions come from. */
    public record Source(String title, String url, String license) {
    }

    /** One topic of a bank and how many questions it has. */
    public record TopicCount(String topic, int questions) {
    }

    /** A bank and one page of its questions, as a learner sees them; {@code total} counts them all. */
    public record BankDetail(String slug, String title, String description, String owner, boolean curated,
                             int questionCount, List<String> topics, List<TopicCount> topicCounts, Source source,
                             List<QuestionForLearner> questions, long total, int page, int size) {
    }

    private final BankService banks;

    BankApi(BankService banks) {
        this.banks = banks;
    }

    @GET
    public Paged<BankSummary> list(@QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        Paged.check(page, size);
        List<BankSummary> all = banks.overviews().stream().map(BankSummary::of).toList();
        int from = Math.min(page * size, all.size());
        return new Paged<>(all.subList(from, Math.min(from + size, all.size())), all.size());
    }

    @GET
    @Path("{slug}")
    public BankDetail show(@PathParam("slug") String slug, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        QuestionPaging paging = QuestionPaging.parse(page, size);
        BankOverview o = banks.overview(slug);
        Bank b = o.bank();
        // Shown under the row id, never the key: curated keys name their answers (pol-misaq).
        List<QuestionForLearner> questions = banks.liveQuestions(b, paging, o.questionCount()).stream()
                .map(q -> QuestionForLearner.of(String.valueOf(q.id), q.spec())).toList();
        List<TopicCount> topics = o.byTopic().entrySet().stream()
                .map(e -> new TopicCount(e.getKey(), e.getValue())).toList();
        return new BankDetail(b.slug, b.title, b.description, o.owner(), b.curated(), o.questionCount(),
                List.copyOf(o.byTopic().keySet()), topics, new Source(b.sourceTitle, b.sourceUrl, b.sourceLicense),
                questions, o.questionCount(), paging.page(), paging.size());
    }
}
