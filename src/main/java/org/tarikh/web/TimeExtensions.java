package org.tarikh.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;

/** Moments in templates: {@code {attempt.startedAt.inZone(zone)}} gives "Thu 26 Nov 2026, 01:31" (UTC when no zone). */
@TemplateExtension
public final class TimeExtensions {

    private TimeExtensions() {
    }

    static String inZone(Instant instant, String zone) {
        return Times.format(instant, zone);
    }
}
