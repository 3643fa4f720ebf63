package org.tarikh.authoring;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.failure.InvalidInput;

/**
 * Reads the value of the editor button that was pressed ({@code op}): {@code add-row}, {@code remove-row-N},
 * {@code up-row-N}, {@code down-row-N}, {@code add-pair}, {@code remove-pair-N}, {@code type-X}, or
 * {@code retype}, which switches to the type chosen in the {@code retype} list. Any other value is refused: no
 * button of the editor sends it.
 */
final class EditorOperationParser {

    private static final Pattern INDEXED = Pattern.compile("(remove-row|up-row|down-row|remove-pair)-(\\d{1,3})");
    private static final int SHOWN = 40;

    private EditorOperationParser() {
    }

    /** The operation of button {@code value}; {@code retype} is the type chosen in the list (used by "retype" only). */
    static EditorOperation parse(String value, String retype) {
        if (value == null || value.isBlank()) {
            throw refused("The editor got no button to apply.");
        }
        if (value.equals("add-row")) {
            return new EditorOperation.AddRow();
        }
        if (value.equals("add-pair")) {
            return new EditorOperation.AddPair();
        }
        if (value.equals("retype")) {
            return new EditorOperation.ChangeType(type(retype));
        }
        if (value.startsWith("type-")) {
            return new EditorOperation.ChangeType(type(value.substring("type-".length())));
        }
        Matcher indexed = INDEXED.matcher(value);
        if (!indexed.matches()) {
            throw refused("The editor has no button '" + shown(value) + "'.");
        }
        int index = Integer.parseInt(indexed.group(2));
        return switch (indexed.group(1)) {
            case "remove-row" -> new EditorOperation.RemoveRow(index);
            case "up-row" -> new EditorOperation.MoveRowUp(index);
            case "down-row" -> new EditorOperation.MoveRowDown(index);
            default -> new EditorOperation.RemovePair(index); // "remove-pair", the last the pattern allows
        };
    }

    private static QuestionType type(String code) {
        if (code == null || code.isBlank()) {
            throw refused("Choose the type to change to.");
        }
        return QuestionType.fromCode(code).orElseThrow(() -> refused("There is no question type '" + shown(code)
                + "': choose one of " + Arrays.stream(QuestionType.values()).map(QuestionType::code)
                .collect(Collectors.joining(", ")) + "."));
    }

    private static InvalidInput refused(String message) {
        return InvalidInput.of("op", message);
    }

    /** A value as quoted back: no button sends a long one. */
    private static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
