package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.PartialDate;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/**
 * A question as delivered in an attempt: the prompt, and choices, items or sides under this attempt's opaque
 * ids in the shuffled order. Never the answer. A cloze also comes as the text around its blanks. The quiz page
 * tells types and date precisions apart by their enums; JSON carries their codes ("single", "year").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuizQuestion(String id, int number, @JsonSerialize(converter = TypeCode.class) QuestionType type,
                           String topic, String prompt, List<Shown> choices, List<Shown> items, List<Shown> left,
                           List<Shown> right, Integer blanks, List<String> segments, String unit,
                           @JsonSerialize(converter = PrecisionCode.class) PartialDate.Precision precision,
                           @JsonIgnore String heading) {

    private static final Pattern BLANK = Pattern.compile("\\{\\{.*?}}");

    /** A choice, item or side of a match, under its opaque id. */
    public record Shown(String id, String text) {
    }

    static QuizQuestion of(AttemptItem item) {
        return of(item.publicId, item.question.spec(), item.position, item.delivery);
    }

    static QuizQuestion of(String id, QuestionSpec q, int number, Delivery d) {
        Body b = q.body();
        String prompt = q.prompt();
        // The page's heading: a cloze's sentence is shown once, with its blanks as inputs, not again in the heading.
        String heading = prompt == null || prompt.isBlank() ? "Fill in the blanks." : prompt;
        List<Shown> choices = null;
        List<Shown> items = null;
        List<Shown> left = null;
        List<Shown> right = null;
        Integer blanks = null;
        List<String> segments = null;
        String unit = null;
        PartialDate.Precision precision = null;
        switch (b.type()) {
            case SINGLE -> choices = shown(d.choices(), ((Body.Single) b).choices()::get);
            case MULTI -> choices = shown(d.choices(), ((Body.Multi) b).choices()::get);
            case NUMERIC -> unit = ((Body.Numeric) b).unit();
            case DATE -> precision = ((Body.DateAnswer) b).answer().precision();
            case CLOZE -> {
                String text = ((Body.Cloze) b).text();
                blanks = ClozeText.blanks(text).size();
                segments = List.of(BLANK.split(text, -1));
                prompt = (prompt == null || prompt.isBlank() ? "" : prompt + " ") + ClozeText.withGaps(text);
            }
            case ORDER -> items = shown(d.items(), ((Body.Order) b).items()::get);
            case MATCH -> {
                Body.Match match = (Body.Match) b;
                left = shown(d.left(), i -> match.pairs().get(i).left());
                right = shown(d.right(), match::rightAt);
            }
            case TRUEFALSE, TEXT, CARD -> {
                // the prompt alone
            }
        }
        return new QuizQuestion(id, number, q.type(), q.topic(), prompt, choices, items, left, right, blanks,
                segments, unit, precision, b.type() == QuestionType.CLOZE ? heading : prompt);
    }

    /** The same question with its items in the given order of ids (an exam's saved order); as it was when they do not fit. */
    QuizQuestion withItemsInOrder(List<String> ids) {
        if (items == null) {
            return this;
        }
        List<Shown> ordered = ids.stream()
                .flatMap(wanted -> items.stream().filter(i -> i.id().equals(wanted))).distinct().toList();
        return ordered.size() != items.size() ? this : new QuizQuestion(id, number, type, topic, prompt, choices,
                ordered, left, right, blanks, segments, unit, precision, heading);
    }

    private static List<Shown> shown(List<Delivery.Option> options, Function<Integer, String> text) {
        return options.stream().map(o -> new Shown(o.id(), text.apply(o.index()))).toList();
    }

    /** Writes a type as its code, as the bank files name it. */
    public static final class TypeCode extends StdConverter<QuestionType, String> {
        @Override
        public String convert(QuestionType type) {
            return type.code();
        }
    }

    /** Writes a date's precision as "year", "month" or "day". */
    public static final class PrecisionCode extends StdConverter<PartialDate.Precision, String> {
        @Override
        public String convert(PartialDate.Precision precision) {
            return precision.name().toLowerCase(Locale.ROOT);
        }
    }
}
