package org.tarikh.bank;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.tarikh.bank.format.BankCollection;
import org.tarikh.bank.format.BankFolderReader;
import org.tarikh.bank.format.LineError;
import org.tarikh.bank.format.ParsedBank;

/**
 * Loads every curated bank under the questions folder at start-up, one transaction per bank. A bank that
 * fails validation is skipped with every error logged; the app still starts, and readiness names the bank.
 */
@ApplicationScoped
public class CuratedBankLoader {

    private static final Logger LOG = Logger.getLogger(CuratedBankLoader.class);

    private final BankConfig config;
    private final CuratedBankImporter importer;
    private final BankLoadStatus status;
    private final CuratedLoadMemo memo;

    CuratedBankLoader(BankConfig config, CuratedBankImporter importer, BankLoadStatus status, CuratedLoadMemo memo) {
        this.config = config;
        this.importer = importer;
        this.status = status;
        this.memo = memo;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.loadAtStart()) {
            loadIfChanged(Path.of(config.path()));
        }
    }

    /**
     * Loads the folder unless its files are byte for byte those of the last clean load: reading and comparing
     * every question again would change nothing, and it is the slowest part of start-up.
     *
     * @return whether the folder was read and loaded
     */
    public boolean loadIfChanged(Path folder) {
        String fingerprint = fingerprint(folder);
        String key = folder.toAbsolutePath().normalize().toString();
        Optional<List<String>> unchanged = fingerprint == null ? Optional.empty()
                : memo.slugsIfUnchanged(key, fingerprint);
        if (unchanged.isPresent()) {
            List<String> slugs = unchanged.get();
            status.recordUnchanged(slugs);
            LOG.infof("Curated banks unchanged since the last load (%d banks): not read again.", slugs.size());
            return false;
        }
        load(folder);
        if (fingerprint != null && status.failed().isEmpty()) {
            memo.remember(key, fingerprint);
        }
        return true;
    }

    private static String fingerprint(Path folder) {
        try {
            return Files.isDirectory(folder) ? FolderFingerprint.of(folder) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Loads (or reloads) every bank under {@code folder}; returns what each valid bank changed. */
    public List<CuratedBankImporter.Outcome> load(Path folder) {
        List<CuratedBankImporter.Outcome> outcomes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            LOG.errorf("The questions folder %s does not exist: no curated bank was loaded.", folder.toAbsolutePath());
            status.record(outcomes, List.of(folder + ": folder not found"));
            return outcomes;
        }
        BankCollection collection;
        try {
            collection = new BankFolderReader().read(folder);
        } catch (IOException e) {
            LOG.errorf(e, "Could not read the questions folder %s", folder);
            status.record(outcomes, List.of(folder + ": " + e.getMessage()));
            return outcomes;
        }
        for (LineError error : collection.errors()) {
            LOG.error(error.toString());
        }
        for (ParsedBank failed : collection.failed()) {
            failures.add(failed.file() + ": " + failed.errors().size() + " error(s), not loaded");
            LOG.errorf("Bank file %s was NOT loaded: %d error(s), listed above.", failed.file(), failed.errors().size());
        }
        for (ParsedBank bank : collection.valid()) {
            try {
                String subject = Path.of(bank.file()).getParent().getFileName().toString();
                CuratedBankImporter.Outcome o = importer.load(bank.bank(), bank.source(), subject);
                outcomes.add(o);
                LOG.infof("Bank %s: %d added, %d changed, %d retired, %d unchanged", o.slug(), o.added(), o.changed(),
                        o.retired(), o.unchanged());
            } catch (RuntimeException e) {
                failures.add(bank.file() + ": " + e.getMessage());
                LOG.errorf(e, "Bank file %s was NOT loaded", bank.file());
            }
        }
        status.record(outcomes, failures);
        return outcomes;
    }
}
