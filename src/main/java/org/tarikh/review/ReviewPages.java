package org.tarikh.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.failure.Conflict;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;
import org.tarikh.web.FormErrors;
import org.tarikh.web.NoStore;

/** The review page: front, reveal (Space), rate 1-4, undo; plain forms, with keys added by app.js. */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReviewPages {

    /** One rating button: the key, the name and the interval it would give. */
    public record RatingButton(int rating, String name, String interval) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance next(String bank, String bankTitle, NextCard card, CardView.Back back, List<RatingButton> ratings,
                                            String reviewId, ReviewQueue.Counts counts, UUID examHolding);
    }

    private final DeckService decks;
    private final ReviewService reviews;
    private final StudyService study;
    private final CurrentUser currentUser;

    ReviewPages(DeckService decks, ReviewService reviews, StudyService study, CurrentUser currentUser) {
        this.decks = decks;
        this.reviews = reviews;
        this.study = study;
        this.currentUser = currentUser;
    }

    @GET
    public Response next(@QueryParam("bank") String bank, @QueryParam("reveal") Long reveal) {
        Learner user = Learner.of(currentUser);
        NextCard card = study.next(user, bank).orElse(null);
        if (card == null) {
            UUID exam = study.examHolding(user, bank).orElse(null);
            return Response.ok(Templates.next(bank, study.bankTitle(bank), null, null, List.of(), null,
                    study.counts(user, bank), exam)).build();
        }
        boolean revealed = reveal != null && reveal == card.cardId();
        CardView.Back back = revealed ? study.card(user, card.cardId()).back() : null;
        List<RatingButton> ratings = List.of(
                new RatingButton(1, "Again", card.intervals().get("again")),
                new RatingButton(2, "Hard", card.intervals().get("hard")),
                new RatingButton(3, "Good", card.intervals().get("good")),
                new RatingButton(4, "Easy", card.intervals().get("easy")));
        // A fresh review id per shown back: a double submit of the same rating counts once.
        String title = bank == null || bank.isBlank() ? null : card.bankTitle();
        TemplateInstance page = Templates.next(bank, title, card, back, ratings, UUID.randomUUID().toString(), card.counts(), null);
        return revealed ? NoStore.ok(page) : Response.ok(page).build();
    }

    @POST
    @Path("start")
    public Response start(@RestForm String bank, @RestForm List<String> topics) {
        decks.add(currentUser.username(), bank, topics == null ? List.of() : topics);
        return Response.seeOther(URI.create("/review?bank=" + encode(bank))).build();
    }

    @POST
    @Path("rate")
    public Response rate(@RestForm String bank, @RestForm String cardId, @RestForm String rating,
                         @RestForm String reviewId) {
        Integer card = FormErrors.parseInt("cardId", cardId);
        reviews.review(Learner.of(currentUser), card == null ? -1 : card, FormErrors.parseInt("rating", rating),
                ReviewApi.reviewId(reviewId), null);
        return Response.seeOther(URI.create("/review" + query(bank))).build();
    }

    @POST
    @Path("undo")
    public Response undo(@RestForm String bank) {
        String flash = "undone";
        try {
            reviews.undoLast(Learner.of(currentUser));
        } catch (Conflict nothingToUndo) {
            flash = "nothing-to-undo"; // the page keeps the learner in the review flow
        }
        return Flash.redirect("/review" + query(bank), flash);
    }

    private static String query(String bank) {
        return bank == null || bank.isBlank() ? "" : "?bank=" + encode(bank);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
