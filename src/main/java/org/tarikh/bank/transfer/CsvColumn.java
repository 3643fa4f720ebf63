package org.tarikh.bank.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a column of an Anki-style text file holds, recognised by its name in {@code #columns:} (any case). */
enum CsvColumn {
    FRONT("front", "question"),
    BACK("back", "answer"),
    TAGS("tags"),
    ID("id", "guid"),
    TOPIC("topic", "deck"),
    EXPLANATION("explanation", "notes", "extra", "back extra"),
    /** Anki's note type: read and ignored, every row becomes a card. */
    NOTETYPE("notetype", "note type");

    private final List<String> names;

    CsvColumn(String... names) {
        this.names = List.of(names);
    }

    static Optional<CsvColumn> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.names.contains(key)).findFirst();
    }

    /** The names a file may use, for error messages. */
    static String known() {
        return "Front, Back, Tags, Id/GUID, Topic/Deck, Explanation/Notes, Notetype";
    }

    String label() {
        return names.get(0);
    }
}
