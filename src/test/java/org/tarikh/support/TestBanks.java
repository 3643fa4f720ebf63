package org.tarikh.support;

import io.quarkus.arc.Arc;
import java.util.List;
import org.tarikh.bank.CuratedBankImporter;
import org.tarikh.bank.format.BankFileReader;
import org.tarikh.bank.format.ParsedBank;
import org.tarikh.bank.format.SourceFile;
import org.tarikh.bank.format.ValidationContext;

/** Puts a small bank of known questions into the database, as the curated loader would. */
public final class TestBanks {

    private static final List<String> SECTIONS = List.of("Early life and career", "Soviet withdrawal");
    private static final SourceFile SOURCE = new SourceFile("Test source", "https://example.org/wiki/Test",
            "CC BY-SA 4.0", null, SECTIONS);

    private TestBanks() {
    }

    /** Loads the YAML text of a bank file; fails the test if it does not validate. */
    public static String load(String yaml) {
        ParsedBank parsed = BankFileReader.read("test.yaml", yaml, ValidationContext.curated(SECTIONS));
        if (!parsed.errors().isEmpty()) {
            throw new AssertionError("test bank is invalid: " + parsed.errors());
        }
        Arc.container().instance(CuratedBankImporter.class).get().load(parsed.bank(), SOURCE, "test");
        return parsed.bank().slug();
    }
}
