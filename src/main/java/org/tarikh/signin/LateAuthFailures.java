package org.tarikh.signin;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiConsumer;

/**
 * What a signed-in request does when a later security check refuses it (a learner on a teacher's route): fail the
 * request with the cause, so the REST layer answers 401 or 403, counted in the HTTP metrics under its route's
 * template. Quarkus's REST layer installs the same handler after sign-in, but, with metrics on, works that template
 * out for every request in advance by building its whole route table again (Quarkus 3.33: a tenth of the JVM's time
 * per review in a profile, docs/PERFORMANCE.md); here it is worked out only for a request that is refused. A
 * handler in place that is not Quarkus's default one is left alone by the REST layer.
 */
final class LateAuthFailures {

    private static final BiConsumer<RoutingContext, Throwable> FAIL_WITH_ROUTE_TEMPLATE = (rc, failure) -> {
        ObservabilityIntegrationRecorder.setTemplatePath(rc, ResteasyReactiveRecorder.getCurrentDeployment());
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(rc, failure);
        if (!rc.failed()) {
            rc.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    private LateAuthFailures() {
    }

    /** Called once the request's identity is known. */
    static void install(RoutingContext rc) {
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_WITH_ROUTE_TEMPLATE);
    }
}
