package org.tarikh.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for the layout ({@code inject:layoutCsrf}): error pages can be rendered before the CSRF
 * filter has run (a refused or unknown address), and then there is simply no token instead of a failure.
 */
@Named("layoutCsrf")
@RequestScoped
public class SafeCsrf {

    @Inject
    CsrfTokenParameterProvider csrf;

    public String token() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException noFilterRanForThisRequest) {
            return null;
        }
    }

    public String parameterName() {
        return csrf.getParameterName();
    }
}
