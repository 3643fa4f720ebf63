package org.tarikh.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tarikh.bank.Bank;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.BankFile;
import org.tarikh.bank.format.BankFileReader;
import org.tarikh.bank.format.BankYamlWriter;
import org.tarikh.bank.format.LineMessage;
import org.tarikh.bank.format.ParsedBank;
import org.tarikh.bank.format.ValidationContext;
import org.tarikh.bank.transfer.CsvReader;
import org.tarikh.bank.transfer.CsvWriter;
import org.tarikh.bank.transfer.ExportedFile;
import org.tarikh.bank.transfer.GiftReader;
import org.tarikh.bank.transfer.GiftWriter;
import org.tarikh.bank.transfer.ImportedQuestions;
import org.tarikh.bank.transfer.MoodleXmlReader;
import org.tarikh.bank.transfer.MoodleXmlWriter;
import org.tarikh.failure.InvalidInput;

/** The file formats a bank can be imported from and exported to. */
public enum TransferFormat {
    YAML("yaml", "application/yaml", "YAML (Tarikh's own format, every type)"),
    GIFT("gift", "text/plain", "GIFT (Moodle)"),
    CSV("csv", "text/tab-separated-values", "CSV/TSV (Anki text import; imported as flashcards)"),
    MOODLEXML("moodlexml", "application/xml", "Moodle XML");

    private final String code;
    private final String mediaType;
    private final String label;

    TransferFormat(String code, String mediaType, String label) {
        this.code = code;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    public String fileName(String slug) {
        return slug + switch (this) {
            case CSV -> ".txt";
            case GIFT -> ".gift.txt";
            case MOODLEXML -> ".moodle.xml";
            case YAML -> ".yaml";
        };
    }

    /** The format named by {@code ?format=}; 400 for anything else. */
    public static TransferFormat of(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of("format", "format must be yaml, gift, csv or moodlexml, not '" + code + "'."));
    }

    public ImportedQuestions read(String text) {
        return switch (this) {
            case GIFT -> GiftReader.read(text);
            case CSV -> CsvReader.read(text);
            case MOODLEXML -> MoodleXmlReader.read(text);
            case YAML -> readYaml(text);
        };
    }

    public ExportedFile write(Bank bank, List<QuestionSpec> questions) {
        return switch (this) {
            case GIFT -> GiftWriter.write(questions);
            case CSV -> CsvWriter.write(questions);
            case MOODLEXML -> MoodleXmlWriter.write(questions);
            case YAML -> new ExportedFile(BankYamlWriter.write(new BankFile(bank.slug, bank.title, bank.description,
                    bank.language, questions)), List.of());
        };
    }

    private static ImportedQuestions readYaml(String text) {
        ParsedBank parsed = BankFileReader.read("import", text, ValidationContext.open());
        List<LineMessage> errors = new ArrayList<>();
        parsed.errors().forEach(e -> errors.add(new LineMessage(e.line(),
                e.questionId() == null ? e.message() : e.questionId() + ": " + e.message())));
        List<QuestionSpec> questions = parsed.bank() == null ? List.of() : parsed.bank().questions();
        return new ImportedQuestions(questions, errors, List.of());
    }
}
