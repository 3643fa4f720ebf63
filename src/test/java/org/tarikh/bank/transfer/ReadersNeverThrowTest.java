package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.format.BankFileReader;
import org.tarikh.bank.format.ValidationContext;

/** Whatever a teacher pastes, the readers answer with questions or errors, never with an exception (a 500). */
class ReadersNeverThrowTest {

    private static final String GIFT_PIECES = "{}=~#%:->\\\n ab1.5$CATEGORY//::[html]TRUEF-100%50%####";
    private static final String CSV_PIECES = "\t,;\"\n #separator:tab#columns:Front\tBack#tags:x#guid column:1#html:trueab";

    @Test
    void randomGiftNeverThrows() {
        fuzz(GIFT_PIECES, text -> assertNotNull(GiftReader.read(text)));
    }

    @Test
    void randomCsvNeverThrows() {
        fuzz(CSV_PIECES, text -> assertNotNull(CsvReader.read(text)));
    }

    @Test
    void randomYamlNeverThrows() {
        fuzz("bank: questions:\n - id: type: single topic: [{}]&*!|>'\"#\t", text -> assertNotNull(
                BankFileReader.read("import", text, ValidationContext.open())));
    }

    @Test
    void randomMoodleXmlNeverThrows() {
        fuzz("<quiz><question type=\"multichoice\"></question></quiz><answer fraction=\"50\"><text>a</text>"
                + "{1:SHORTANSWER:=a~b}<!DOCTYPE &x;<![CDATA[ numerical matching subquestion <tolerance>x",
                text -> assertNotNull(MoodleXmlReader.read(text)));
    }

    @Test
    void badBytesNeverThrowInAnyReader() {
        for (String text : BadBytes.texts()) {
            String shown = text.substring(0, Math.min(60, text.length()));
            assertDoesNotThrow(() -> GiftReader.read(text), () -> "gift: " + shown);
            assertDoesNotThrow(() -> CsvReader.read(text), () -> "csv: " + shown);
            assertDoesNotThrow(() -> BankFileReader.read("import", text, ValidationContext.open()), () -> "yaml: " + shown);
            assertDoesNotThrow(() -> MoodleXmlReader.read(text), () -> "moodlexml: " + shown);
        }
    }

    private static void fuzz(String pieces, java.util.function.Consumer<String> read) {
        Random random = new Random(20261126);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                int from = random.nextInt(pieces.length());
                text.append(pieces, from, Math.min(pieces.length(), from + 1 + random.nextInt(6)));
            }
            String input = text.toString();
            assertDoesNotThrow(() -> read.accept(input), () -> "input: " + input.replace("\n", "\\n"));
        }
    }
}
