package org.tarikh.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;

/** Moments in templates: {@code {attempt.startedAt.utc}} gives "Thu 26 Nov 2026, 00:31 UTC". */
@TemplateExtension
public final class TimeExtensions {

    private TimeExtensions() {
    }

    static String utc(Instant instant) {
        return Times.format(instant, null);
    }
}
