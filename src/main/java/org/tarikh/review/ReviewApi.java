package org.tarikh.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.Uncompressed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.NoStore;

/**
 * Flashcards over JSON: decks, the next card, reviews, undo, one card's history. The next card and a review are
 * usually answered by {@link ReviewRoutes} before they get here; these methods serve every other case (errors
 * included) and are what the API's OpenAPI document describes.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReviewApi {

    /** Which bank (and topics) to study. */
    public record DeckRequest(String bank, List<String> topics) {
    }

    /** How many cards were added. */
    public record Added(int added) {
    }

    /** One review. */
    public record ReviewRequest(Long cardId, Integer rating, String reviewId, Integer durationMs) {
    }

    /** One bank the caller studies, with its cards left today (the same numbers as the home page). */
    public record DeckItem(String bank, String title, @JsonProperty("new") long newCards, long learning, long due) {
    }

    /** The caller's banks to study. */
    public record Decks(List<DeckItem> items) {
    }

    /** Which card an undo restored. */
    public record Undone(long cardId, boolean undone) {
    }

    private final DeckService decks;
    private final ReviewService reviews;
    private final StudyService study;
    private final StudyOverview overview;
    private final CurrentUser currentUser;

    ReviewApi(DeckService decks, ReviewService reviews, StudyService study, StudyOverview overview,
              CurrentUser currentUser) {
        this.decks = decks;
        this.reviews = reviews;
        this.study = study;
        this.overview = overview;
        this.currentUser = currentUser;
    }

    @GET
    @Path("decks")
    public Decks decks() {
        return new Decks(overview.of(Learner.of(currentUser)).decks().stream()
                .map(d -> new DeckItem(d.bank(), d.title(), d.newCards(), d.learning(), d.due())).toList());
    }

    @POST
    @Path("decks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Added addDeck(DeckRequest body) {
        if (body == null) {
            throw InvalidInput.of("bank", "Send {\"bank\": slug}.");
        }
        return new Added(decks.add(currentUser.username(), body.bank(), body.topics()));
    }

    @GET
    @Path("reviews/next")
    @Uncompressed // a few hundred bytes: see ReviewRoutes.send
    public Response next(@QueryParam("bank") String bank) {
        return study.next(Learner.of(currentUser), bank).map(c -> Response.ok(c).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Uncompressed
    public ReviewResult review(ReviewRequest body) {
        if (body == null || body.cardId() == null) {
            throw InvalidInput.of("cardId", "Say which card this review is for (cardId).");
        }
        return reviews.review(Learner.of(currentUser), body.cardId(), body.rating(), reviewId(body.reviewId()), body.durationMs());
    }

    @POST
    @Path("reviews/undo")
    public Undone undo() {
        return new Undone(reviews.undoLast(Learner.of(currentUser)), true);
    }

    @GET
    @Path("reviews/card/{cardId}")
    public Response card(@PathParam("cardId") long cardId) {
        return NoStore.ok(study.card(Learner.of(currentUser), cardId));
    }

    /** A review id as sent by a client or a form: a UUID, or null when none was sent; 400 otherwise. */
    static UUID reviewId(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("reviewId", "The reviewId must be a UUID, e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427.");
        }
    }
}
