package org.tarikh.web;

import java.util.List;
import org.tarikh.failure.ErrorDetail;

/** The body of every {@code /api/v1} error: a short code, a sentence for people, and what exactly was wrong. */
public record ApiError(String error, String message, List<ErrorDetail> details) {
}
