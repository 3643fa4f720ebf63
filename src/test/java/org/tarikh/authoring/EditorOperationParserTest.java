package org.tarikh.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;

/** Every value an editor button sends reads as its operation; anything else is refused with a message saying why. */
class EditorOperationParserTest {

    @Test
    void everyButtonOfTheEditorReadsAsItsOperation() {
        assertEquals(new EditorOperation.AddRow(), EditorOperationParser.parse("add-row", null));
        assertEquals(new EditorOperation.RemoveRow(3), EditorOperationParser.parse("remove-row-3", null));
        assertEquals(new EditorOperation.MoveRowUp(1), EditorOperationParser.parse("up-row-1", null));
        assertEquals(new EditorOperation.MoveRowDown(0), EditorOperationParser.parse("down-row-0", null));
        assertEquals(new EditorOperation.AddPair(), EditorOperationParser.parse("add-pair", null));
        assertEquals(new EditorOperation.RemovePair(7), EditorOperationParser.parse("remove-pair-7", null));
        assertEquals(new EditorOperation.RemoveRow(999), EditorOperationParser.parse("remove-row-999", null));
    }

    @Test
    void changeTypeReadsTheChosenTypeOrTheOneInTheValue() {
        assertEquals(new EditorOperation.ChangeType(QuestionType.ORDER), EditorOperationParser.parse("retype", "order"));
        assertEquals(new EditorOperation.ChangeType(QuestionType.MATCH), EditorOperationParser.parse("type-match", "order"));
        for (QuestionType type : QuestionType.values()) {
            assertEquals(new EditorOperation.ChangeType(type), EditorOperationParser.parse("retype", type.code()));
            assertEquals(new EditorOperation.ChangeType(type), EditorOperationParser.parse("type-" + type.code(), null));
        }
    }

    @Test
    void aValueNoButtonSendsIsRefusedAndQuotedBack() {
        for (String value : List.of("add-rows", "remove-row", "remove-row-", "remove-row-x", "remove-row--1",
                "remove-row-1000", "up-pair-1", "Add-Row", " add-row", "add-row-1", "delete")) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> EditorOperationParser.parse(value, "single"), value);
            assertEquals("The editor has no button '" + value + "'.", refused.getMessage());
            assertEquals(List.of(ErrorDetail.field("op", refused.getMessage())), refused.details());
        }
    }

    @Test
    void anUnknownOrMissingTypeIsRefusedNamingTheTypesThereAre() {
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> EditorOperationParser.parse("retype", "essay"));
        assertEquals("There is no question type 'essay': choose one of single, multi, truefalse, numeric, date, text,"
                + " cloze, order, match, card.", unknown.getMessage());
        assertThrows(InvalidInput.class, () -> EditorOperationParser.parse("type-SINGLE", null));
        assertEquals("Choose the type to change to.",
                assertThrows(InvalidInput.class, () -> EditorOperationParser.parse("retype", null)).getMessage());
        assertEquals("Choose the type to change to.",
                assertThrows(InvalidInput.class, () -> EditorOperationParser.parse("retype", " ")).getMessage());
    }

    @Test
    void noButtonAtAllIsRefused() {
        assertEquals("The editor got no button to apply.",
                assertThrows(InvalidInput.class, () -> EditorOperationParser.parse(null, null)).getMessage());
        assertThrows(InvalidInput.class, () -> EditorOperationParser.parse("", null));
    }

    @Test
    void aLongValueIsQuotedOnlyInPart() {
        String value = "x".repeat(5_000);
        String message = assertThrows(InvalidInput.class, () -> EditorOperationParser.parse(value, null)).getMessage();
        assertTrue(message.length() < 100, message);
        assertTrue(message.startsWith("The editor has no button '" + "x".repeat(40) + "…'"), message);
    }
}
