package org.tarikh.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.CsrfRefused;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotAllowed;
import org.tarikh.failure.NotFound;
import org.tarikh.failure.TooLarge;
import org.tarikh.failure.TooManyAttempts;

/**
 * The one error path: every exception becomes the JSON error body under {@code /api/v1} and the error page
 * elsewhere, with a status that fits. Bad input is never a 500, and no page ever shows a stack trace.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, HttpServerRequest request) {
        return respond(request, 400, "invalid-input", e.getMessage(), e.details());
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, HttpServerRequest request) {
        return respond(request, 404, "not-found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowed e, HttpServerRequest request) {
        return respond(request, 403, "forbidden", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, HttpServerRequest request) {
        return respond(request, 409, e.code(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLarge e, HttpServerRequest request) {
        return respond(request, 413, "too-large", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttempts e, HttpServerRequest request) {
        Response r = respond(request, 429, "too-many-requests", e.getMessage(), List.of());
        return Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response csrfRefused(CsrfRefused e, HttpServerRequest request) {
        return respond(request, 403, "csrf", e.getMessage(), List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response badJson(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : null;
        if (e instanceof JsonText.UnsafeString) {
            String message = field == null ? e.getOriginalMessage() : "The field '" + field + "': " + e.getOriginalMessage();
            return respond(request, 400, "invalid-input", message,
                    List.of(ErrorDetail.field(field == null ? "body" : field, e.getOriginalMessage())));
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String message = field == null
                ? "The request body is not valid JSON" + where + "."
                : "The field '" + field + "' has the wrong type or form" + where + ".";
        List<ErrorDetail> details = new ArrayList<>();
        details.add(ErrorDetail.field(field == null ? "body" : field, e.getOriginalMessage()));
        return respond(request, 400, "malformed-json", message, details);
    }

    // Jackson's own subtypes, named one by one: Quarkus ships mappers for some of them, and the closest type wins.
    @ServerExceptionMapper
    public Response badJsonSyntax(com.fasterxml.jackson.core.JsonParseException e, HttpServerRequest request) {
        return badJson(e, request);
    }

    @ServerExceptionMapper
    public Response badJsonShape(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpServerRequest request) {
        return badJson(e, request);
    }

    @ServerExceptionMapper
    public Response badJsonValue(com.fasterxml.jackson.databind.exc.InvalidFormatException e, HttpServerRequest request) {
        return badJson(e, request);
    }

    @ServerExceptionMapper
    public Response badJsonMapping(JsonMappingException e, HttpServerRequest request) {
        return badJson(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return signInRequired(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return signInRequired(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "forbidden", "Your account is not allowed to do this.", List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        String code = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406, 415 -> "unsupported-media-type";
            case 409 -> "conflict";
            case 413 -> "too-large";
            default -> "error";
        };
        String message = status == 404 ? "There is nothing at this address." : plainMessage(e);
        return respond(request, status, code, message, List.of());
    }

    /** A body that breaks off or is not what its content type says (a cut multipart upload, say). */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, HttpServerRequest request) {
        return respond(request, 400, "malformed-body", "The request body could not be read: " + e.getMessage(), List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseUnavailable.causes(e)) {
            return databaseUnavailable(e, request);
        }
        if (FormParsing.failed(e)) {
            return respond(request, 400, "malformed-form", "The form could not be read: " + e.getMessage(), List.of());
        }
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return respond(request, 500, "internal-error",
                "Something went wrong on our side. It has been logged; please try again.", List.of());
    }

    /** The database is away (restarting, failing over): 503 and when to try again, never a 500 or a hang. */
    private static Response databaseUnavailable(Throwable e, HttpServerRequest request) {
        LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), e);
        Response r = respond(request, 503, "database-unavailable",
                "The database cannot be reached right now. Please try again in a few seconds.", List.of());
        return Response.fromResponse(r).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    /** Builds the response for either world: JSON for the API, the error page for people. */
    static Response respond(HttpServerRequest request, int status, String code, String message, List<ErrorDetail> details) {
        if (isApi(request)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(code, message, details)).build();
        }
        String shown = details.isEmpty() ? message
                : message + " " + details.stream().map(p -> p.message()).distinct().collect(Collectors.joining(" "));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, ErrorTitles.of(status), shown)).build();
    }

    static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    private static Response signInRequired(HttpServerRequest request) {
        if (isApi(request)) {
            return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("WWW-Authenticate", "Basic realm=\"Tarikh\"")
                    .entity(new ApiError("unauthorized", "Sign in first: this needs an account.", List.of()))
                    .build();
        }
        return Response.status(303).header("Location", SignInRedirect.to(request.method().name(), request.uri())).build();
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path.replace(".[", "[");
    }

    private static String plainMessage(WebApplicationException e) {
        String m = e.getMessage();
        return m == null || m.startsWith("HTTP ") ? "The request could not be handled: " + e.getResponse().getStatusInfo().getReasonPhrase() + "." : m;
    }
}
