package org.tarikh.authoring;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.format.FieldError;

/**
 * The validator speaks the bank file's language ("choices has 0 entries; 2-10 are needed", "id must not be empty");
 * the editor's teacher sees fields with labels. This turns the messages a form can cause into the form's words.
 * Messages it does not know pass unchanged: they already name the field and the problem.
 */
final class EditorWording {

    private static final Pattern EMPTY = Pattern.compile("^(?:missing required field (\\S+)|(\\S+) (?:must not be empty|has no value))$");
    private static final Pattern COUNT = Pattern.compile("^(\\w+) has (\\d+) entr(?:y|ies); (.+) are needed$");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("^(answer|tolerance) must be a number, not .*$");

    private static final Map<String, String> LIST_NAMES = Map.of("choices", "choices", "items", "items to put in order",
            "pairs", "pairs", "accept", "accepted answers");

    private EditorWording() {
    }

    static FieldError human(FieldError e, QuestionType type) {
        return new FieldError(e.field(), message(e.field(), e.message(), type));
    }

    static String message(String field, String message, QuestionType type) {
        Matcher empty = EMPTY.matcher(message);
        if (empty.matches()) {
            return missing(root(empty.group(1) != null ? empty.group(1) : empty.group(2)), type);
        }
        Matcher count = COUNT.matcher(message);
        if (count.matches()) {
            int n = Integer.parseInt(count.group(2));
            String what = LIST_NAMES.getOrDefault(count.group(1), count.group(1));
            return "Give " + count.group(3).replace("-", " to ") + " " + what + " (" + (n == 0 ? "none yet"
                    : n == 1 ? "there is 1 so far" : "there are " + n) + ").";
        }
        if (NOT_A_NUMBER.matcher(message).matches()) {
            return field.equals("tolerance") ? "The tolerance must be a number, e.g. 0.5 or 10."
                    : "The right answer must be a number, e.g. 1988 or 3.5.";
        }
        if (field.equals("id") && message.contains("may use only")) {
            return "The id may use only small letters a to z, digits and hyphens, e.g. geneva-accords-1988.";
        }
        if (field.equals("text") && message.contains("unmatched")) {
            return "The text has a {{ without its }}, or a }} without its {{.";
        }
        return message;
    }

    private static String missing(String field, QuestionType type) {
        return switch (field) {
            case "id" -> "Write the question first: its id is made from it (or type an id of your own).";
            case "prompt" -> "Write the question.";
            case "front" -> "Write the front of the card.";
            case "back" -> "Write the back of the card.";
            case "topic" -> "Give a topic, e.g. dates or people: learners study and are reported on by topic.";
            case "text" -> "Write the text, with each blank in double braces, e.g. {{1988}}.";
            case "answer" -> switch (type) {
                case NUMERIC -> "Give the right number.";
                case DATE -> "Give the date: 1988, 1988-04 or 1988-04-14.";
                case TRUEFALSE -> "Choose True or False.";
                default -> "Tick the right answer.";
            };
            case "answers" -> "Tick the right answers.";
            default -> "Fill in the " + field + ".";
        };
    }

    private static String root(String field) {
        return field.replaceAll("[.\\[].*", "");
    }
}
