package org.tarikh.bank;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The outcome of the last curated-bank load: which banks loaded and which files failed. */
@ApplicationScoped
public class BankLoadStatus {

    private volatile List<String> loaded = List.of();
    private volatile List<String> failed = List.of();

    void record(List<CuratedBankImporter.Outcome> outcomes, List<String> failures) {
        loaded = outcomes.stream().map(CuratedBankImporter.Outcome::slug).toList();
        failed = List.copyOf(failures);
    }

    void recordUnchanged(List<String> slugs) {
        loaded = List.copyOf(slugs);
        failed = List.of();
    }

    public List<String> loaded() {
        return loaded;
    }

    public List<String> failed() {
        return failed;
    }
}
