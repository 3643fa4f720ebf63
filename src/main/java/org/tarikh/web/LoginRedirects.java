package org.tarikh.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * A failed form sign-in answers with two Location headers (the error page, then the sign-in page again),
 * and Chromium refuses a response with two different ones. Keep the first: the page that explains the failure.
 */
public class LoginRedirects {

    void install(@Observes Router router) {
        router.route("/j_security_check").order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(ignored -> {
                List<String> locations = rc.response().headers().getAll("Location");
                if (locations.size() > 1) {
                    rc.response().headers().set("Location", locations.get(0));
                }
            });
            rc.next();
        });
    }
}
