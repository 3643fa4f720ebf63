package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The project's own {@code questions/} folder (resolved from the working directory, the project root) passes every rule. */
class CuratedBanksAreValidTest {

    @Test
    void curatedBanksHaveNoErrors() throws IOException {
        Path questions = Path.of("questions");
        assertTrue(Files.isDirectory(questions), "no questions/ folder in " + Path.of("").toAbsolutePath());
        BankCollection collection = new BankFolderReader().read(questions);
        List<LineError> errors = collection.errors();
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors in questions/:\n"
                + errors.stream().map(LineError::toString).collect(Collectors.joining("\n")));
        assertTrue(collection.questionCount() > 0, "questions/ holds no questions");
    }
}
