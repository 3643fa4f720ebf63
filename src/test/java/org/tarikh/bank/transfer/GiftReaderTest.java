package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;

/** Examples marked "Moodle docs" are copied from docs.moodle.org, "GIFT format". */
class GiftReaderTest {

    @Test
    void trueFalseIsWrittenTTrueFOrFalse() {
        List<QuestionSpec> qs = valid("""
                // question: 0 name: TrueStatement using {T} style
                ::TrueStatement about Grant::Grant was buried in a tomb in New York City.{T}

                // question: 0 name: FalseStatement using {FALSE} style
                ::FalseStatement about sun::The sun rises in the West.{FALSE}

                ::Q1:: 1+1=2 {TRUE}

                ::Q2:: 1+1=3 {F}
                """);
        assertEquals(List.of(true, false, true, false),
                qs.stream().map(q -> ((Body.TrueFalse) q.body()).answer()).toList());
        assertEquals("Grant was buried in a tomb in New York City.", qs.get(0).prompt());
        assertEquals(List.of("truestatement-about-grant", "falsestatement-about-sun", "q1", "q2"),
                qs.stream().map(QuestionSpec::id).toList());
    }

    @Test
    void multipleChoiceHasOneEqualsAnswerAndDropsPerAnswerFeedback() {
        List<QuestionSpec> qs = valid("""
                Who's buried in Grant's tomb? {=Grant ~no one ~Napoleon ~Churchill ~Mother Teresa }

                // question: 1 name: Grants tomb
                ::Grants tomb::Who is buried in Grant's tomb in New York City? {
                    =Grant
                    ~No one
                    #Was true for 12 years, but Grant's remains were buried in the tomb in 1897
                    ~Napoleon
                    #He was buried in France
                    ~Churchill
                    #He was buried in England
                    ~Mother Teresa
                    #She was buried in India
                }

                ::Q2:: What's between orange and green in the spectrum?
                { =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }
                """);
        Body.Single first = new Body.Single(List.of("Grant", "no one", "Napoleon", "Churchill", "Mother Teresa"), "Grant");
        assertEquals(first, qs.get(0).body());
        assertEquals("Who's buried in Grant's tomb?", qs.get(0).prompt());
        assertEquals(new Body.Single(List.of("Grant", "No one", "Napoleon", "Churchill", "Mother Teresa"), "Grant"),
                qs.get(1).body());
        assertEquals("grants-tomb", qs.get(1).id());
        assertEquals(new Body.Single(List.of("yellow", "red", "blue"), "yellow"), qs.get(2).body());
        assertEquals("What's between orange and green in the spectrum?", qs.get(2).prompt());
    }

    @Test
    void answersInTheMiddleOfTheTextMakeAMissingWordQuestion() {
        List<QuestionSpec> qs = valid("""
                Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.

                Mahatma Gandhi's birthday is an Indian holiday on {
                    ~15th
                    ~3rd
                    =2nd
                } of October.

                Since {
                    ~495 AD
                    =1066 AD
                    ~1215 AD
                    ~ 43 AD
                } the town of Hastings England has been "famous with visitors".

                Grant is {~buried =entombed ~living} in Grant's tomb.
                """);
        assertEquals("Moodle costs _____ to download from moodle.org.", qs.get(0).prompt());
        assertEquals(new Body.Single(List.of("lots of money", "nothing", "a small amount"), "nothing"), qs.get(0).body());
        assertEquals("Mahatma Gandhi's birthday is an Indian holiday on _____ of October.", qs.get(1).prompt());
        assertEquals("Since _____ the town of Hastings England has been \"famous with visitors\".", qs.get(2).prompt());
        assertEquals(List.of("495 AD", "1066 AD", "1215 AD", "43 AD"), ((Body.Single) qs.get(2).body()).choices());
        assertEquals("Grant is _____ in Grant's tomb.", qs.get(3).prompt());
    }

    @Test
    void weightedWrongAnswersGivePartialCredit() {
        QuestionSpec q = one("""
                ::Jesus' hometown::Jesus Christ was from {
                    ~Jerusalem#This was an important city, but the wrong answer.
                    ~%25%Bethlehem#He was born here, but not raised here.
                    ~%50%Galilee#You need to be more specific.
                    =Nazareth#Yes! That's right!
                }.
                """);
        assertEquals("jesus-hometown", q.id());
        assertEquals("Jesus Christ was from _____.", q.prompt());
        assertEquals(new Body.Single(List.of("Jerusalem", "Bethlehem", "Galilee", "Nazareth"), "Nazareth",
                Map.of("Bethlehem", 25.0, "Galilee", 50.0)), q.body());
    }

    @Test
    void negativeWeightsOfASingleChoiceAreDropped() {
        QuestionSpec q = one("Difficult question. {~%-50%wrong answer ~%50%half credit answer =full credit answer}");
        assertEquals(Map.of("half credit answer", 50.0), ((Body.Single) q.body()).weights());
    }

    @Test
    void weightsWithoutEqualsAnswerMakeAMultipleAnswerQuestion() {
        QuestionSpec q = one("""
                What two people are entombed in Grant's tomb? {
                    ~%-100%No one
                    ~%50%Grant
                    ~%50%Grant's wife
                    ~%-100%Grant's father
                }
                """);
        List<String> choices = List.of("No one", "Grant", "Grant's wife", "Grant's father");
        assertEquals(new Body.Multi(choices, List.of("Grant", "Grant's wife"),
                Map.of("No one", -100.0, "Grant", 50.0, "Grant's wife", 50.0, "Grant's father", -100.0)), q.body());
    }

    @Test
    void unweightedWrongChoicesOfAMultiAreLeftOutOfTheWeights() {
        QuestionSpec q = one("What two people are entombed in Grant's tomb? { ~No one ~%50%Grant ~%50%Grant's wife ~Grant's father }");
        assertEquals(Map.of("Grant", 50.0, "Grant's wife", 50.0), ((Body.Multi) q.body()).weights());
    }

    @Test
    void equalsAnswersMakeAShortAnswerWithFullCreditOnesAcceptedAndWeightedOnesPartial() {
        List<QuestionSpec> qs = valid("""
                Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}

                Two plus two equals {=four =4}

                ::Q3:: Two plus {=two =2} equals four.

                ::Jesus' hometown:: Jesus Christ was from {
                    =Nazareth#Yes! That's right!
                    =%75%Nazereth#Right, but misspelled.
                    =%25%Bethlehem#He was born here, but not raised here.
                }.
                """);
        assertEquals(new Body.Text(List.of("Grant", "Ulysses S. Grant", "Ulysses Grant")), qs.get(0).body());
        assertEquals(new Body.Text(List.of("four", "4")), qs.get(1).body());
        assertEquals("Two plus two equals", qs.get(1).prompt());
        assertEquals("Two plus _____ equals four.", qs.get(2).prompt());
        assertEquals(new Body.Text(List.of("Nazareth"), Map.of("Nazereth", 75.0, "Bethlehem", 25.0)), qs.get(3).body());
    }

    @Test
    void arrowsMakeAMatchingQuestionAndAnArrowWithoutLeftAnExtraOption() {
        QuestionSpec q = one("""
                Match the following countries with their corresponding capitals. {
                    =Canada -> Ottawa
                    =Italy  -> Rome
                    =Japan  -> Tokyo
                    =India  -> New Delhi
                    = -> Canberra
                }
                """);
        assertEquals(new Body.Match(List.of(new Body.Pair("Canada", "Ottawa"), new Body.Pair("Italy", "Rome"),
                new Body.Pair("Japan", "Tokyo"), new Body.Pair("India", "New Delhi")), List.of("Canberra")), q.body());
    }

    @Test
    void numericalAnswersTakeATolerance() {
        List<QuestionSpec> qs = valid("""
                // It will accept a range of 5 years.
                When was Ulysses S. Grant born?{#1822:5}

                ::Q5:: What is a number from 1 to 5? {#3:2}

                How many troops? {#-25000}
                """);
        assertEquals(new Body.Numeric(1822, 5, null), qs.get(0).body());
        assertEquals(new Body.Numeric(3, 2, null), qs.get(1).body());
        assertEquals(new Body.Numeric(-25000, 0, null), qs.get(2).body());
    }

    @Test
    void aNumericalRangeBecomesItsMidpointAndHalfItsSpan() {
        List<QuestionSpec> qs = valid("""
                ::Q6:: What is a number from 1 to 5? {#1..5}

                What is the value of pi (to 3 decimal places)? {#3.141..3.142}.
                """);
        assertEquals(new Body.Numeric(3, 2, null), qs.get(0).body());
        Body.Numeric pi = (Body.Numeric) qs.get(1).body();
        assertEquals(3.1415, pi.answer(), 1e-12);
        assertEquals(0.0005, pi.tolerance(), 1e-12);
        assertEquals("What is the value of pi (to 3 decimal places)? _____.", qs.get(1).prompt());
    }

    @Test
    void severalNumericalAnswersKeepTheFullCreditOneAndPartialBands() {
        List<QuestionSpec> qs = valid("""
                When was Ulysses S. Grant born? {#
                    =%50%1822:2
                    =1822:0
                }

                ::Q7:: When was Ulysses S. Grant born? {# =1822:0 # Correct! Full credit. =%50%1822:2 # He was born in 1822. Half credit for being close. }
                """);
        Body.Numeric grant = new Body.Numeric(1822, 0, null, List.of(new Body.Band(1822, 2, 50)));
        assertEquals(grant, qs.get(0).body());
        assertEquals(grant, qs.get(1).body());
    }

    @Test
    void escapedControlCharactersAreText() {
        List<QuestionSpec> qs = valid("""
                Which answer equals 5? {
                    ~ \\= 2 + 2
                    = \\= 2 + 3
                    ~ \\= 2 + 4
                }

                ::GIFT Control Characters::
                Which of the following is NOT a control character for the GIFT import format? {
                   ~ \\~     # \\~ is a control character.
                   ~ \\=     # \\= is a control character.
                   ~ \\#     # \\# is a control character.
                   ~ \\{     # \\{ is a control character.
                   ~ \\}     # \\} is a control character.
                   = \\\\    # Correct! \\\\ (backslash) is not a control character. BUT,
                               it is used to escape the control characters.
                }

                Time\\: 10\\:30, with \\{braces\\}\\nand a new line {=ok ~not ok}
                """);
        assertEquals(new Body.Single(List.of("= 2 + 2", "= 2 + 3", "= 2 + 4"), "= 2 + 3"), qs.get(0).body());
        assertEquals(new Body.Single(List.of("~", "=", "#", "{", "}", "\\"), "\\"), qs.get(1).body());
        assertEquals("gift-control-characters", qs.get(1).id());
        assertEquals("Time: 10:30, with {braces}\nand a new line", qs.get(2).prompt());
    }

    @Test
    void generalFeedbackBecomesTheExplanation() {
        List<QuestionSpec> qs = valid("""
                Grant was buried in a tomb in New York City. {T #Wrong, he was.#Right. ####He lies in Riverside Park.}

                Who is buried in Grant's tomb? {
                    =Grant #yes
                    ~Napoleon
                    ####Grant and his wife, \\#1 and \\#2.
                }

                Nobody explains this one. {F}
                """);
        assertEquals("He lies in Riverside Park.", qs.get(0).explanation());
        assertEquals(new Body.TrueFalse(true), qs.get(0).body());
        assertEquals("Grant and his wife, #1 and #2.", qs.get(1).explanation());
        assertNull(qs.get(2).explanation());
    }

    @Test
    void categorySetsTheTopicOfTheQuestionsAfterIt() {
        List<QuestionSpec> qs = valid("""
                Before any category. {T}

                $CATEGORY: $course$/top/Najibullah/ Offices

                In the offices category. {T}

                $CATEGORY: tom//jerry

                In a category with a slash. {T}
                """);
        assertEquals(List.of("general", "Offices", "tom/jerry"), qs.stream().map(QuestionSpec::topic).toList());
    }

    @Test
    void formatTagBeforeTheTextIsDroppedAndMarkdownEmphasisRemoved() {
        QuestionSpec q = one("""
                [markdown]The *American holiday of Thanksgiving* is celebrated on the {
                    ~second
                    ~third
                    =fourth
                } Thursday of November.
                """);
        assertEquals("The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.", q.prompt());
        assertEquals("the-american-holiday-of-thanksgiving-is", q.id());
    }

    @Test
    void sourceTagsAndDifficultyCommentsBelongToTheirQuestion() {
        List<QuestionSpec> qs = valid("""
                // source: Minister of State Security: 1980–1985
                // tags: khad, security
                // difficulty: 2
                ::khad-chief::Which service did he lead? {=KHAD ~ASGA}

                ::other::No notes here. {T}
                """);
        QuestionSpec khad = qs.get(0);
        assertEquals("Minister of State Security: 1980–1985", khad.section());
        assertEquals(List.of("khad", "security"), khad.tags());
        assertEquals(2, khad.difficulty());
        assertNull(qs.get(1).section());
        assertNull(qs.get(1).tags());
        assertNull(qs.get(1).difficulty());
    }

    @Test
    void idsComeFromTitlesOrPromptsAndStayUnique() {
        List<QuestionSpec> qs = valid("""
                Same title. {T}

                ::Same title::First. {T}

                ::Same title::Second. {T}

                ::???::A title without letters. {T}
                """);
        assertEquals(List.of("same-title-3", "same-title", "same-title-2", QuestionIds.fromContent("???")), qs.stream().map(QuestionSpec::id).toList());
    }

    @Test
    void essaysAndDescriptionsAreSkippedWithTheirLineNotRefused() {
        ImportedQuestions result = GiftReader.read("""
                Write a short biography of Dag Hammarskjöld. {}

                ::Q8:: How are you? {
                ####Any answer will do.
                }

                // a description: text without answers
                The following questions are about Grant.

                ::Q1:: 1+1=2 {T}
                """);
        assertEquals(List.of(), result.errors());
        assertEquals(1, result.questions().size());
        assertEquals(List.of(
                new LineMessage(1, "an essay question has no automatic grading in Tarikh; skipped"),
                new LineMessage(3, "an essay question has no automatic grading in Tarikh; skipped"),
                new LineMessage(8, "a description (text without an answer block) is not a question in Tarikh; skipped")),
                result.skipped());
    }

    @Test
    void anOverlongNumberIsRefusedByItsLengthWithoutBeingRead() {
        ImportedQuestions result = GiftReader.read("::fine:: How many? {#" + "9".repeat(40) + "}\n\n::long::\nHow many? {#1:"
                + "9".repeat(100_000) + "}\n");
        assertEquals(List.of(new LineMessage(4, "the tolerance is 100,000 characters long; a number here has at most 40")),
                result.errors());
        assertEquals(1, result.questions().size());
    }

    @Test
    void everyBadQuestionIsReportedAtItsLine() {
        ImportedQuestions result = GiftReader.read("""
                ::good-1::Fine. {T}

                ::unclosed::Which one?
                {=a ~b ~c

                ::good-2::Fine too. {=a ~b}

                ::bad-number::How many? {#12:x}

                ::one-pair::Which animal eats which food? { =cat -> cat food }

                ::syntax::What is this? {
                =a
                ~b
                ~%50%c
                =d
                }

                ::stray::A } brace. {T}

                ::weights::Which two? {~%60%a ~%60%b ~c}
                """);
        assertEquals(List.of(
                new LineMessage(4, "the answer block { is not closed by } (a blank line ends a question)"),
                new LineMessage(8, "the tolerance must be a number, not \"x\""),
                new LineMessage(10, "pairs has 1 entry; 2 to 8 are needed"),
                new LineMessage(19, "a } with no { before it (write \\} for a brace in the text)"),
                new LineMessage(21, "weights: the answers' weights must add up to 100, not 120")),
                result.errors());
        assertEquals(List.of("good-1", "good-2", "syntax"), result.questions().stream().map(QuestionSpec::id).toList());
        assertTrue(!result.isValid());
    }

    @Test
    void unknownAnswerSyntaxAndBadWeightsAreErrors() {
        ImportedQuestions result = GiftReader.read("""
                Odd. {maybe =a ~b}

                Odd weight. {~%half%a =b}

                Too much. {~%150%a =b}

                Nothing right. {~a ~b}

                Repeated. {=a ~a}
                """);
        assertEquals(List.of(
                new LineMessage(1, "unknown answer syntax \"maybe\": each answer starts with = or ~"),
                new LineMessage(3, "the weight %half% must be a number, not \"half\""),
                new LineMessage(5, "the weight %150% is not a percent from -100 to 100"),
                new LineMessage(7, "no right answer: mark it with = or give the right answers a positive %weight%"),
                new LineMessage(9, "choices[1] \"a\" repeats choices[0]")),
                result.errors());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreRead() {
        ImportedQuestions result = GiftReader.read("\uFEFF$CATEGORY: dates\r\n\r\n::a::First? {\r\n=yes\r\n~no\r\n}\r\n\r\n::b::Second? {F}\r\n");
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("a", "b"), result.questions().stream().map(QuestionSpec::id).toList());
        assertEquals("dates", result.questions().get(0).topic());
        assertEquals(new Body.Single(List.of("yes", "no"), "yes"), result.questions().get(0).body());
    }

    @Test
    void aLoneWordIsAShortAnswerWithoutItsEqualsSign() {
        QuestionSpec q = one("Moodle costs {nothing} to download from moodle.org.");
        assertInstanceOf(Body.Text.class, q.body());
        assertEquals(List.of("nothing"), ((Body.Text) q.body()).accept());
    }

    private static List<QuestionSpec> valid(String gift) {
        ImportedQuestions result = GiftReader.read(gift);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(), result.skipped());
        return result.questions();
    }

    private static QuestionSpec one(String gift) {
        List<QuestionSpec> qs = valid(gift);
        assertEquals(1, qs.size());
        return qs.get(0);
    }
}
