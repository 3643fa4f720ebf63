package org.tarikh.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import org.tarikh.signin.CsrfGuard;
import org.tarikh.signin.JoinedSignIn;
import org.tarikh.web.SignedInUser;
import org.tarikh.web.UnsafeRequestText;

/**
 * The two calls a study session repeats, the next card and a review, served on Vert.x routes ahead of sign-in and of
 * the REST layer, whose handler chains cost a good part of their time on two cores (docs/PERFORMANCE.md, ninth and
 * tenth sessions). The caller is signed in by the request's own statement ({@link JoinedSignIn}): one statement for
 * a next card; for a review, one when this node knows the card ({@link KnownCards}), else two. Only the plain case
 * is served here: a session cookie, Bearer token or Basic password in good standing, a well-formed request, a service
 * that answers. Anything else (no sign-in, a password not verified lately on this node, a session whose last use
 * must be written, a missing CSRF token, a body that does not parse, any refusal from the service) goes on to the
 * ordinary sign-in and then to the same routes after it, or to {@link ReviewApi}, which serves it as it serves every
 * call, with the same errors and statuses. Nothing is written before the caller is known, and a review repeated
 * there is harmless, as its review id makes it idempotent. The security headers and the metrics run for these
 * routes as for any other. The next card's statement runs on the event loop, a review on the {@link ReviewLane}.
 */
@Singleton
public class ReviewRoutes {

    static final String NEXT = "/api/v1/reviews/next";
    static final String REVIEW = "/api/v1/reviews";
    /** A review's body is about 120 bytes; anything much larger is left to the REST layer and its limits. */
    private static final int MAX_BODY = 4096;
    private static final String JSON = "application/json;charset=UTF-8";
    /** Sign-in runs at order -200 (its filter priority, 200, negated), after CORS at -300. */
    private static final int READ_BODY = -250;
    /** After the security headers (-210), before sign-in. */
    private static final int SIGNING_IN = -205;
    private static final String REFUSED_AHEAD = "tarikh.review-refused-ahead";

    private final StudyService study;
    private final ReviewService reviews;
    private final ObjectMapper json;
    private final JoinedSignIn signIn;
    private final RememberedLearners remembered;
    private final ReviewLane lane;

    ReviewRoutes(StudyService study, ReviewService reviews, ObjectMapper json, JoinedSignIn signIn,
                 RememberedLearners remembered, ReviewLane lane) {
        this.study = study;
        this.reviews = reviews;
        this.json = json;
        this.signIn = signIn;
        this.remembered = remembered;
        this.lane = lane;
    }

    void install(@Observes Router router) {
        router.get(NEXT).order(SIGNING_IN).handler(this::nextSigningIn);
        router.get(NEXT).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::next);
        router.post(REVIEW).order(READ_BODY).handler(this::readBody);
        router.post(REVIEW).order(SIGNING_IN).handler(this::reviewSigningIn);
        router.post(REVIEW).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::review);
    }

    /** The next card for a session or token that asked for one before on this node, signed in by the card's statement. */
    private void nextSigningIn(RoutingContext rc) {
        JoinedSignIn.Offered offered = signIn.offeredBy(rc.request());
        RememberedLearners.Remembered learner = offered == null ? null : remembered.of(offered);
        if (learner == null || !UnsafeRequestText.plainAscii(rc.request().uri())) {
            rc.next();
            return;
        }
        // On the event loop: the statement is one short indexed read, and the trip to a worker thread and back cost
        // more than it did (docs/PERFORMANCE.md, round 2, twelfth session). A review waits for its commit: a worker's.
        StudyService.FoundNext found;
        try {
            found = study.nextSigningIn(offered, learner, rc.queryParams().get("bank"));
        } catch (RuntimeException refused) {
            leaveToRestLayer(rc);
            return;
        }
        if (found.user() == null) {
            remembered.forget(offered); // signed out, or the account's settings changed: sign in as usual
            rc.next();
        } else if (study.cardAtHand(found)) {
            sendFound(rc, found);
        } else {
            onWorker(rc, () -> sendFound(rc, found)); // the question's front is loaded once per version, with Hibernate
        }
    }

    /** Makes the card the statement found and sends it; a refusal while making it goes to the REST layer. */
    private void sendFound(RoutingContext rc, StudyService.FoundNext found) {
        Optional<NextCard> card;
        try {
            card = study.card(found);
        } catch (RuntimeException refused) {
            leaveToRestLayer(rc);
            return;
        }
        sendCard(rc, card);
    }

    private void next(RoutingContext rc) {
        SignedInUser user = signedIn(rc);
        if (user == null || refusedAhead(rc) || !UnsafeRequestText.plainAscii(rc.request().uri())) {
            rc.next(); // the REST layer answers 401, or checks the address's text first
            return;
        }
        onWorker(rc, () -> {
            Optional<NextCard> card;
            try {
                card = study.next(Learner.of(user), rc.queryParams().get("bank"));
            } catch (RuntimeException refused) {
                rc.next();
                return;
            }
            JoinedSignIn.Offered offered = signIn.offeredBy(rc.request());
            if (offered != null) {
                remembered.remember(offered, user);
            }
            sendCard(rc, card);
        });
    }

    private void sendCard(RoutingContext rc, Optional<NextCard> card) {
        if (card.isEmpty()) {
            rc.response().setStatusCode(204).end();
        } else {
            send(rc, card.get());
        }
    }

    /**
     * A small JSON body is read on the event loop before sign-in, which then leaves the request on a worker thread
     * with its body at hand: read later, it would cost two more trips between threads.
     */
    private void readBody(RoutingContext rc) {
        if (!smallJsonBody(rc)) {
            rc.next();
            return;
        }
        rc.request().body().onComplete(read -> {
            if (read.failed()) {
                rc.fail(read.cause());
                return;
            }
            // The REST layer reads the body from here should it take the request: the request's own stream is spent.
            ((RoutingContextInternal) rc).setBody(read.result());
            rc.next();
        });
        rc.request().resume(); // the server holds a request's body back until a handler asks for it
    }

    /**
     * A review whose first statement signs the caller in; its CSRF token is checked before anything is written. It
     * runs on the {@link ReviewLane}; a request it does not finish goes on from its event loop.
     */
    private void reviewSigningIn(RoutingContext rc) {
        JoinedSignIn.Offered offered = signIn.offeredBy(rc.request());
        Buffer body = rc.body().buffer();
        if (offered == null || body == null) {
            rc.next();
            return;
        }
        Context loop = rc.vertx().getOrCreateContext();
        lane.run(() -> {
            Optional<ReviewResult> result;
            try {
                ReviewApi.ReviewRequest request = reviewRequest(body);
                if (request == null) {
                    loop.runOnContext(ignored -> leaveToRestLayer(rc));
                    return;
                }
                result = reviews.reviewSigningIn(offered, CsrfGuard.csrfHeader(rc.request()), request.cardId(),
                        request.rating(), ReviewApi.reviewId(request.reviewId()), request.durationMs());
            } catch (Exception refused) {
                loop.runOnContext(ignored -> leaveToRestLayer(rc));
                return;
            }
            if (result.isEmpty()) { // not signed in this way: the ordinary sign-in, then the route after it
                loop.runOnContext(ignored -> rc.next());
            } else {
                send(rc, result.get());
            }
        });
    }

    private void review(RoutingContext rc) {
        SignedInUser user = signedIn(rc);
        Buffer body = rc.body().buffer();
        if (user == null || body == null || refusedAhead(rc) || !CsrfGuard.passes(user, rc.request())) {
            rc.next();
            return;
        }
        onWorker(rc, () -> review(rc, user, body));
    }

    private void review(RoutingContext rc, SignedInUser user, Buffer body) {
        ReviewResult result;
        try {
            ReviewApi.ReviewRequest request = reviewRequest(body);
            if (request == null) {
                rc.next();
                return;
            }
            result = reviews.review(Learner.of(user), request.cardId(), request.rating(),
                    ReviewApi.reviewId(request.reviewId()), request.durationMs());
        } catch (Exception refused) {
            rc.next();
            return;
        }
        send(rc, result);
    }

    /** The body's review, or null when it has no card id (the REST layer says what is missing). */
    private ReviewApi.ReviewRequest reviewRequest(Buffer body) throws IOException {
        ReviewApi.ReviewRequest request = json.readValue(body.getBytes(), ReviewApi.ReviewRequest.class);
        return request == null || request.cardId() == null ? null : request;
    }

    /**
     * A request the route ahead of sign-in found refused (a body without a card, a rating out of range, an unknown
     * bank, another learner's card): after sign-in it goes straight to the REST layer, which says why, rather than
     * being tried a second time here.
     */
    private static void leaveToRestLayer(RoutingContext rc) {
        rc.put(REFUSED_AHEAD, Boolean.TRUE);
        rc.next();
    }

    private static boolean refusedAhead(RoutingContext rc) {
        return rc.get(REFUSED_AHEAD) != null;
    }

    private static SignedInUser signedIn(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? user.getSecurityIdentity().getAttribute(SignedInUser.ATTRIBUTE) : null;
    }

    /** Sign-in has usually left the request on a worker thread already; otherwise one is asked for. */
    private static void onWorker(RoutingContext rc, Runnable work) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            work.run();
        } else {
            rc.vertx().executeBlocking(() -> {
                work.run();
                return null;
            }, false).onFailure(rc::fail);
        }
    }

    /**
     * Sends the answer as JSON, never compressed: a card or a review's result is a few hundred bytes, and gzip (which
     * browsers and most HTTP libraries ask for) saved a hundred of them for 13-23 % more of the JVM's time per review
     * (docs/PERFORMANCE.md, eighteenth session). {@code identity} tells the server's compressor to leave it.
     */
    private void send(RoutingContext rc, Object value) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(value);
        } catch (Exception e) {
            rc.fail(e);
            return;
        }
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY).end(Buffer.buffer(bytes));
    }

    /**
     * A JSON body of declared length up to {@link #MAX_BODY}, not yet read, over HTTP/1. Over HTTP/2 the REST layer
     * cannot take over a request whose body was read (it pauses the finished request, which HTTP/2 refuses), so
     * those reviews are all left to it.
     */
    private static boolean smallJsonBody(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        long length = contentLength(rc);
        return rc.request().version() != HttpVersion.HTTP_2 && !rc.request().isEnded() && type != null
                && type.regionMatches(true, 0, "application/json", 0, 16) && length >= 1 && length <= MAX_BODY;
    }

    /** The declared length, or -1 when none was declared (a chunked body) or it cannot be read. */
    private static long contentLength(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
