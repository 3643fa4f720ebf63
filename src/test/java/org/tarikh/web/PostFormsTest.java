package org.tarikh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form that posts is written with the {@code {#form}} tag, which adds the CSRF field, so no page can forget
 * it; the token itself appears in two templates only (the tag, and the layout's meta tag that htmx sends).
 */
class PostFormsTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Pattern HAND_WRITTEN_POST = Pattern.compile("<form\\b[^>]*method=\"post\"", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateWritesAPostingFormByHand() throws IOException {
        List<String> found = templates().filter(t -> !t.endsWith(Path.of("tags", "form.html")))
                .filter(t -> HAND_WRITTEN_POST.matcher(read(t)).find()).map(t -> TEMPLATES.relativize(t).toString())
                .toList();
        assertEquals(List.of(), found, "forms that post without the {#form} tag (and so without the CSRF field)");
    }

    @Test
    void theCsrfTokenIsWrittenByTheFormTagAndTheLayoutOnly() throws IOException {
        List<String> found = templates().filter(t -> read(t).contains("inject:csrf"))
                .map(t -> TEMPLATES.relativize(t).toString().replace('\\', '/')).sorted().toList();
        assertEquals(List.of("main.html", "tags/form.html"), found);
    }

    private static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList().stream();
        }
    }

    private static String read(Path template) {
        try {
            return Files.readString(template);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
