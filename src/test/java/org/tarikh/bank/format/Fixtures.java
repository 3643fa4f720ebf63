package org.tarikh.bank.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tarikh.bank.content.QuestionSpec;

/** Test fixtures: the good bank folder under {@code src/test/resources/banks/good} and its questions. */
final class Fixtures {

    static final String ALL_TYPES = "najibullah/all-types.yaml";
    static final List<String> SECTIONS =
            List.of("Early life and career", "Minister of State Security: 1980–1985", "Soviet withdrawal");

    private Fixtures() {
    }

    static Path goodFolder() {
        try {
            return Path.of(Fixtures.class.getResource("/banks/good").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The questions of the all-types fixture, read by the reader under test. */
    static List<QuestionSpec> allTypes() {
        String text = read(goodFolder().resolve(ALL_TYPES));
        ParsedBank parsed = BankFileReader.read("all-types.yaml", text, ValidationContext.curated(SECTIONS));
        if (!parsed.isValid()) {
            throw new IllegalStateException("fixture has errors: " + parsed.errors());
        }
        return parsed.bank().questions();
    }
}
