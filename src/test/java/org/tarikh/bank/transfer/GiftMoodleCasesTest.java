package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;

/** GIFT as Moodle writes and reads it (issue #14): each case from a small file of our own. */
class GiftMoodleCasesTest {

    @Test
    void htmlQuestionTextBecomesPlainTextWithANote() {
        ImportedQuestions r = GiftReader.read("""
                ::kabul::[html]<p dir="ltr" style="text-align: left;">Which city is the <b>capital</b>?<br>Pick one.</p>{
                    =<p>Kabul</p>
                    ~Herat &amp; Kandahar
                }
                """);
        assertEquals(List.of(), r.errors());
        QuestionSpec q = r.questions().get(0);
        assertEquals("Which city is the capital?\nPick one.", q.prompt());
        assertEquals(new Body.Single(List.of("Kabul", "Herat & Kandahar"), "Kabul"), q.body());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).message().contains("HTML"), r.notes().toString());
        assertEquals(1, r.notes().get(0).line());
    }

    @Test
    void markdownEmphasisIsRemovedWithANote() {
        ImportedQuestions r = GiftReader.read("::m::[markdown]Who led **KHAD** in *1980*? {=Najibullah}\n");
        assertEquals("Who led KHAD in 1980?", r.questions().get(0).prompt());
        assertTrue(r.notes().get(0).message().contains("Markdown"));
    }

    @Test
    void aWrongNumericalAnswerWithFeedbackIsAcceptedAsFeedbackForAnyOtherNumber() {
        ImportedQuestions r = GiftReader.read("::n:: A number from 1 to 5? {#3:2 ~#Completely wrong}\n");
        assertEquals(List.of(), r.errors());
        assertEquals(new Body.Numeric(3, 2, null), r.questions().get(0).body());
        assertEquals(Map.of(QuestionSpec.OTHERWISE, "Completely wrong"), r.questions().get(0).feedback());
        assertEquals(List.of(), r.notes());
    }

    @Test
    void twoEqualsAnswersMakeASingleChoiceWithBothRight() {
        ImportedQuestions r = GiftReader.read("::two:: Which was a name of the secret police? {=KHAD =WAD ~KAM}\n");
        assertEquals(List.of(), r.errors());
        Body.Single body = (Body.Single) r.questions().get(0).body();
        assertEquals(1.0, body.credit("KHAD"));
        assertEquals(1.0, body.credit("WAD"));
        assertEquals(0.0, body.credit("KAM"));
    }

    @Test
    void moodleIdAndTagCommentsAreRead() {
        ImportedQuestions r = GiftReader.read("""
                // question: 12  name: Accords
                // [id:geneva-1988]
                // [tag:treaties] [tag:1988]
                ::Accords:: The Geneva Accords were signed in 1988. {T}
                """);
        QuestionSpec q = r.questions().get(0);
        assertEquals("geneva-1988", q.id());
        assertEquals(List.of("treaties", "1988"), q.tags());
    }

    @Test
    void anIdThatIsNoSlugIsMadeOneWithANote() {
        ImportedQuestions r = GiftReader.read("// [id:Q 7]\n::x:: Fine? {T}\n");
        assertEquals("q-7", r.questions().get(0).id());
        assertTrue(r.notes().get(0).message().contains("became \"q-7\""), r.notes().toString());
    }

    @Test
    void idsOfUnnamedAndNonLatinQuestionsDoNotDependOnTheirLine() {
        String file = "::پرسش سوم:: کابل پایتخت است؟ {T}\n\n:: :: ۲ + ۲ ؟ {#4}\n";
        List<String> ids = GiftReader.read(file).questions().stream().map(QuestionSpec::id).toList();
        List<String> shifted = GiftReader.read("// a new first line\n\n" + file).questions().stream()
                .map(QuestionSpec::id).toList();
        assertEquals(ids, shifted);
        assertTrue(ids.stream().allMatch(id -> id.matches("q-[0-9a-f]{8}")), ids.toString());
    }

    @Test
    void perAnswerAndTrueFalseFeedbackIsKeptByWhatWasAnswered() {
        ImportedQuestions r = GiftReader.read("""
                ::tf:: Kabul is the capital. {T#No, it is.#Yes.}

                ::mc:: Which? {
                    =KHAD # right
                    ~KAM
                }

                ::year:: Born? {# =1947 # Yes. =%50%1947:2 # Close. }

                ::pairs:: Match. {=a -> 1 # fine =b -> 2}
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(Map.of("false", "No, it is.", "true", "Yes."), r.questions().get(0).feedback());
        assertEquals(Map.of("KHAD", "right"), r.questions().get(1).feedback());
        assertEquals(Map.of("1947", "Yes.", "1947:2", "Close."), r.questions().get(2).feedback());
        assertEquals(List.of(10), r.notes().stream().map(LineMessage::line).toList(), "a pair's feedback is noted");
    }

    @Test
    void partialCreditOfShortAndNumericalAnswersIsKept() {
        ImportedQuestions r = GiftReader.read("""
                ::town:: He came from {=Gardez =%75%Gardes =%-50%Kabul}.

                ::year:: Born in? {#=1947:0 =%50%1947:2}
                """);
        assertEquals(new Body.Text(List.of("Gardez"), Map.of("Gardes", 75.0)), r.questions().get(0).body());
        assertEquals(new Body.Numeric(1947, 0, null, List.of(new Body.Band(1947, 2, 50))), r.questions().get(1).body());
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("Kabul")), r.notes().toString());
    }
}
