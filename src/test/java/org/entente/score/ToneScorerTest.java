package org.entente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.EntenteException;
import org.entente.lexicon.LexiconSource;
import org.entente.model.Evidence;
import org.entente.model.Span;
import org.entente.model.ToneLabel;
import org.entente.model.ToneScore;
import org.entente.text.Token;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneScorerTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    /** The rules are tested on the evaluative layers; the context layer has tests of its own below. */
    private static ToneScorer scorer;
    /** All bundled layers, as Entente uses them. */
    private static ToneScorer full;

    @BeforeAll
    static void load() {
        scorer = ToneScorer.load(LexiconSource.bundled(), Set.of("context"));
        full = ToneScorer.load(LexiconSource.bundled());
    }

    private static ToneScore score(ToneScorer s, String text) {
        return s.score(text, TOKENIZER.tokenize(text), List.of());
    }

    private static ToneScore score(String text) {
        return score(scorer, text);
    }

    private static Evidence only(ToneScore t, String matched) {
        return t.evidence().stream().filter(e -> e.matched().equals(matched)).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence for '" + matched + "' in " + t));
    }

    @Test
    void bundledLayersAreOnByDefault() {
        assertThat(full.layers()).containsExactly("context", "vader", "news", "fitted");
        assertThat(scorer.layers()).containsExactly("vader", "news", "fitted");
    }

    @Test
    void noEntryIsNeutralWithoutEvidence() {
        ToneScore t = score("The committee met on Tuesday in the capital.");
        assertThat(t.score()).isZero();
        assertThat(t.label()).isEqualTo(ToneLabel.NEUTRAL);
        assertThat(t.evidence()).isEmpty();
    }

    @Test
    void positiveAndNegativeWords() {
        assertThat(score("The minister welcomed the agreement.").score()).isGreaterThan(0.05);
        assertThat(score("The minister condemned the brutal attack.").score()).isLessThan(-0.05);
    }

    @Test
    void negationFlipsAndDamps() {
        ToneScore plain = score("They welcome the plan.");
        ToneScore negated = score("They did not welcome the plan.");
        assertThat(plain.score()).isPositive();
        assertThat(negated.score()).isNegative();
        // the negated entry flips and weighs less ("not" may carry a small tone of its own besides)
        assertThat(only(negated, "welcome").contribution()).isNegative();
        assertThat(Math.abs(only(negated, "welcome").contribution())).isLessThan(only(plain, "welcome").contribution());
        assertThat(only(negated, "welcome").modifiers()).contains("negated by 'not'");
        // the clitic negates too
        assertThat(score("They didn't welcome the plan.").score()).isNegative();
    }

    @Test
    void negationStopsAtClauseBreakAndIsCancelledByOnly() {
        assertThat(score("It was not planned, and the result is good.").score()).isPositive();
        ToneScore notOnly = score("He is not only honest but brave.");
        assertThat(notOnly.score()).isPositive();
        assertThat(only(notOnly, "honest").modifiers()).noneMatch(m -> m.startsWith("negated"));
    }

    @Test
    void notOnlyButAddsRatherThanContrasts() {
        ToneScore t = score("The talks were not only useful but friendly.");
        assertThat(only(t, "useful").modifiers()).isEmpty();
        assertThat(only(t, "friendly").modifiers()).isEmpty();
        assertThat(only(t, "useful").contribution()).isPositive();
        // a plain "but" still contrasts
        assertThat(only(score("The talks were useful but tense."), "useful").modifiers())
                .containsExactly("before contrast 'but'");
        // "not only" in an earlier sentence, far before, or "not just" after a modal does not pair with "but"
        assertThat(only(score("It is not only his plan. The talks were useful but tense."), "useful").modifiers())
                .containsExactly("before contrast 'but'");
        assertThat(only(score("It was not just a plan, said the aide, who called the talks useful but tense."),
                "useful").modifiers()).containsExactly("before contrast 'but'");
        assertThat(only(score("We can't just walk away, but the talks were useful."), "useful").modifiers())
                .containsExactly("after contrast 'but'");
        // "simply" and "merely" are no CANCEL words: "cannot simply ignore" is negated
        assertThat(only(score("We cannot simply ignore the threat."), "ignore").modifiers())
                .contains("negated by 'cannot'");
    }

    @Test
    void aNegatedComparativeAfterALinkingVerbIsASuperlative() {
        for (String text : List.of("The results could not be better.", "The results couldn't be better.",
                "Relations have never been better.", "Nothing could be better for the region.",
                "She could not have been more pleased.", "The timing cannot be better.",
                "The team could not be better prepared.", "The results could hardly be better.")) {
            ToneScore t = score(text);
            assertThat(t.score()).as(text).isPositive();
            assertThat(t.label()).as(text).isEqualTo(ToneLabel.POSITIVE);
            assertThat(t.evidence()).as(text).allMatch(e -> e.modifiers().stream().noneMatch(m -> m.startsWith("negated")));
        }
        assertThat(only(score("The results could not be better."), "better").modifiers())
                .containsExactly("'not ... better' not negated: a superlative");
        // the modal of the superlative hedges nothing; other modifiers stay
        assertThat(only(score("Nothing could be better for the region."), "better").modifiers())
                .containsExactly("'nothing ... better' not negated: a superlative");
        assertThat(only(score("Relations have truly never been better."), "better").modifiers())
                .contains("intensified by 'truly'");
        // plain negations of a comparative, and words that merely end in "-er", stay negations
        for (String text : List.of("The results are not better.", "The new plan would not be better.",
                "They did not get better.", "They were never in danger.", "She has never been bitter about it.",
                "He has never been eager to talk.", "The economy never got better.",
                "Patients could not get better care.", "Our streets will never be safer.",
                "I could not be less interested.")) {
            assertThat(score(text).evidence()).as(text)
                    .anyMatch(e -> e.modifiers().stream().anyMatch(m -> m.startsWith("negated")));
        }
        assertThat(score("Things could not be worse.").score()).isNegative();
    }

    @Test
    void anEvaluativeAdverbOfDegreeBoostsTheWordItModifies() {
        ToneScore good = score("The food was terribly good.");
        assertThat(good.score()).isPositive();
        assertThat(good.evidence()).extracting(Evidence::matched).containsExactly("good");
        assertThat(only(good, "good").modifiers()).containsExactly("intensified by 'terribly'");
        assertThat(only(good, "good").contribution()).isGreaterThan(only(score("The food was good."), "good").contribution());
        assertThat(score("The bill is remarkably harsh.").score()).isNegative();
        // alone, its own tone counts
        assertThat(score("He performed remarkably.").score()).isPositive();
        assertThat(score("She was treated terribly.").score()).isNegative();
    }

    @Test
    void noWonderNegatesNothing() {
        ToneScore t = score("No wonder voters cherish the park.");
        assertThat(t.score()).isPositive();
        assertThat(only(t, "cherish").modifiers()).isEmpty();
    }

    @Test
    void intensifierRaisesAndHedgeLowers() {
        double plain = score("The talks were successful.").score();
        double deeply = score("The talks were very successful.").score();
        double somewhat = score("The talks were somewhat successful.").score();
        assertThat(deeply).isGreaterThan(plain);
        assertThat(somewhat).isLessThan(plain).isPositive();
        assertThat(only(score("The talks were very successful."), "successful").modifiers())
                .containsExactly("intensified by 'very'");
        assertThat(only(score("The plan may fail."), "fail").modifiers()).containsExactly("hedged by 'may'");
    }

    @Test
    void contrastWeighsTheClauseAfterBut() {
        ToneScore t = score("The plan is good, but the execution is terrible.");
        assertThat(t.score()).isNegative();
        Evidence good = only(t, "good");
        Evidence terrible = only(t, "terrible");
        assertThat(good.modifiers()).containsExactly("before contrast 'but'");
        assertThat(terrible.modifiers()).containsExactly("after contrast 'but'");
        // the reverse order turns the sign
        assertThat(score("The execution is terrible, but the plan is good.").score()).isPositive();
    }

    @Test
    void concessiveClauseWeighsLess() {
        ToneScore t = score("Although the talks failed, the two sides remain friends.");
        assertThat(only(t, "failed").modifiers()).containsExactly("in concessive clause 'although'");
        assertThat(only(t, "friends").modifiers()).isEmpty();
        assertThat(t.score()).isPositive();
    }

    @Test
    void multiWordExpressionsFireAsOneEntry() {
        ToneScore t = score("A friend in need is a friend indeed.");
        assertThat(t.evidence()).extracting(Evidence::entry).containsExactly("a friend in need", "friend indeed");
        assertThat(t.score()).isPositive();
        ToneScore fight = score("The country leads the fight against the epidemic.");
        assertThat(fight.evidence()).extracting(Evidence::entry).contains("fight against");
        assertThat(fight.score()).isPositive();
        // a clitic inside an entry: people|'s|war
        ToneScore war = score("A people's war has been launched.");
        assertThat(war.evidence()).extracting(Evidence::entry).contains("people's war");
        assertThat(war.score()).isPositive();
    }

    @Test
    void evidenceSpansIndexIntoTheText() {
        String text = "Officials said the outcome was a great success.";
        ToneScore t = score(text);
        Evidence great = only(t, "great");
        assertThat(great.span()).isEqualTo(new Span(text.indexOf("great"), text.indexOf("great") + 5));
        assertThat(great.span().slice(text)).isEqualTo("great");
        assertThat(great.lexicon()).isIn("vader", "fitted");
        assertThat(great.category()).isEmpty();
        double sum = t.evidence().stream().mapToDouble(Evidence::contribution).sum();
        assertThat(t.score()).isCloseTo(sum, within(1e-9));
    }

    @Test
    void cueToneIsKeptApart() {
        String text = "The minister praised the decision to hold talks.";
        List<Token> all = TOKENIZER.tokenize(text);
        List<Token> cue = all.subList(2, 3);          // praised
        List<Token> content = all.subList(3, all.size());
        assertThat(cue.get(0).text()).isEqualTo("praised");
        ToneScore withCue = scorer.score(text, content, cue);
        ToneScore without = scorer.score(text, content, List.of());
        assertThat(withCue.cueTone()).isPositive();
        assertThat(withCue.score()).isEqualTo(without.score());
        Evidence praised = only(withCue, "praised");
        assertThat(praised.category()).isEqualTo("CUE");
        assertThat(withCue.evidence().get(0)).isSameAs(praised);   // text order: the cue comes first
        assertThat(scorer.score(text, content, all.subList(1, 2)).cueTone()).isZero(); // "minister"
    }

    @Test
    void labelsFollowTheDocumentedThresholds() {
        ToneCalibration c = scorer.calibration();
        assertThat(scorer.label(c.positiveThreshold())).isEqualTo(ToneLabel.POSITIVE);
        assertThat(scorer.label(c.positiveThreshold() - 1e-6)).isEqualTo(ToneLabel.NEUTRAL);
        assertThat(scorer.label(c.negativeThreshold())).isEqualTo(ToneLabel.NEGATIVE);
        assertThat(scorer.label(c.negativeThreshold() + 1e-6)).isEqualTo(ToneLabel.NEUTRAL);
        assertThat(scorer.label(0)).isEqualTo(ToneLabel.NEUTRAL);
        ToneScore t = score("This is a wonderful, generous and peaceful agreement.");
        assertThat(t.label()).isEqualTo(ToneLabel.POSITIVE);
    }

    @Test
    void lengthNormalisationKeepsTheScaleAcrossLengths() {
        String one = "The agreement is good.";
        String three = "The agreement is good. The agreement is good. The agreement is good.";
        double s1 = score(one).score();
        double s3 = score(three).score();
        // three times the words and the entries: the score grows (more evidence) but less than threefold
        assertThat(s3).isGreaterThan(1.5 * s1).isLessThan(2.5 * s1);
        // padding with neutral words dilutes, but not linearly
        String padded = "The agreement, which was reached on Tuesday in the capital after a long meeting, is good.";
        assertThat(score(padded).score()).isLessThan(s1).isGreaterThan(s1 / 3);
    }

    @Test
    void scoresStayInTheUnitInterval() {
        String text = "Wonderful! ".repeat(200);
        ToneScore t = score(text);
        assertThat(t.score()).isEqualTo(1.0);
        assertThat(score("Horrible, evil, disgusting. ".repeat(200)).score()).isEqualTo(-1.0);
    }

    @Test
    void contextLayerGivesWordsNoOtherLayerListsAFaintTone() {
        String bad = "Along the valley, it was rampant.";
        ToneScore withContext = score(full, bad);
        assertThat(score(bad).evidence()).isEmpty();
        Evidence rampant = only(withContext, "rampant");
        assertThat(rampant.lexicon()).isEqualTo("context");
        assertThat(rampant.weight()).isNegative();
        assertThat(withContext.score()).isNegative();
        assertThat(only(score(full, "The new bridge is a milestone for the valley."), "milestone").weight()).isPositive();
        // faint: one usage word weighs less than one evaluative entry
        assertThat(Math.abs(rampant.weight())).isLessThan(Math.abs(only(score("It was a disaster."), "disaster").weight()));
        // the context tone adds up with the other evidence like any entry
        double sum = withContext.evidence().stream().mapToDouble(Evidence::contribution).sum();
        assertThat(withContext.score()).isCloseTo(sum, within(1e-9));
    }

    @Test
    void contextLayerLeavesNamesOut() {
        // names and words mostly used as names take no usage tone, whatever their neighbours in the embedding
        for (String name : List.of("cruz", "bush", "al-rashid", "shanthakumaran")) {
            // not even in lower case: the layer lists no such word
            assertThat(score(full, "They met " + name + " at the port.").evidence()).as(name).extracting(Evidence::matched)
                    .doesNotContain(name);
        }
        // nor do function words and auxiliaries
        assertThat(score(full, "It is what it is, and so it was.").evidence()).isEmpty();
    }

    @Test
    void usageToneAloneMakesNoLabel(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-context.tsv"), "entry\tvalence\nzorble\t-4\n", StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir));
        ToneScore alone = score(s, "Zorble.");
        assertThat(alone.score()).isLessThan(s.calibration().negativeThreshold());
        assertThat(alone.label()).isEqualTo(ToneLabel.NEUTRAL);
        assertThat(alone.evidence()).extracting(Evidence::lexicon).containsExactly("context");
        // with an evaluative entry beside it, the score decides the label as usual
        ToneScore both = score(s, "Zorble, sadly.");
        assertThat(both.label()).isEqualTo(ToneLabel.NEGATIVE);
        assertThat(both.score()).isLessThan(only(score(s, "Zorble, sadly."), "sadly").contribution());
    }

    @Test
    void aCapitalisedWordInsideASentenceTakesNoUsageTone(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-context.tsv"), "entry\tvalence\narenas\t1\nhope\t1\n", StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir), Set.of("vader", "news", "fitted"));
        // a name
        assertThat(score(s, "The report by Arenas came out.").evidence()).isEmpty();
        assertThat(score(s, "The report by Arenas came out.").label()).isEqualTo(ToneLabel.NEUTRAL);
        // a plain word, also at the start of the statement, of a sentence or of a quotation
        assertThat(score(s, "The new arenas came out.").evidence()).hasSize(1);
        assertThat(score(s, "Arenas came out.").evidence()).hasSize(1);
        assertThat(score(s, "It rained. Arenas closed.").evidence()).hasSize(1);
        assertThat(score(s, "He said: \"Arenas closed.\"").evidence()).hasSize(1);
        // an abbreviation with a full stop does not start a sentence
        assertThat(score(s, "The lawyer, Mr. Hope, left.").evidence()).isEmpty();
        assertThat(score(s, "The lawyer, J. Hope, left.").evidence()).isEmpty();
        // a sentence may end behind a closing quote or with an ellipsis, also after a short word
        assertThat(score(s, "\u201cWe will win.\u201d Arenas closed.").evidence()).hasSize(1);
        assertThat(score(s, "It rained\u2026 Arenas closed.").evidence()).hasSize(1);
        assertThat(score(s, "It rained in Iraq. Arenas closed.").evidence()).hasSize(1);
    }

    @Test
    void contextToneNeedsAnEvaluativeEntryOfTheContentNotOfTheCueNorAModifiersOwnTone(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("tone-context.tsv"), "entry\tvalence\nzorble\t-4\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tone-own.tsv"), "entry\tvalence\nnot\t-2\n", StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir));
        String text = "The minister praised the zorble.";
        List<Token> all = TOKENIZER.tokenize(text);
        ToneScore cued = s.score(text, all.subList(3, all.size()), all.subList(2, 3));
        assertThat(cued.cueTone()).isPositive();
        assertThat(cued.score()).isNegative();
        assertThat(cued.label()).isEqualTo(ToneLabel.NEUTRAL);
        // "not" carries a tone of its own here, which counts but makes no label either
        ToneScore negator = score(s, "Zorble, not zorble.");
        assertThat(negator.evidence()).extracting(Evidence::matched).contains("not");
        assertThat(negator.score()).isLessThan(s.calibration().negativeThreshold());
        assertThat(negator.label()).isEqualTo(ToneLabel.NEUTRAL);
    }

    @Test
    void theCounterRuleLeavesUsageToneAlone(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-context.tsv"), "entry\tvalence\nzorble\t-1\n", StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir));
        // "prevent" makes a bad thing acted against count nothing, but not a word's faint usage tone
        assertThat(only(score(s, "They prevent cancer."), "cancer").contribution()).isZero();
        Evidence zorble = only(score(s, "They prevent zorble."), "zorble");
        assertThat(zorble.contribution()).isNegative();
        assertThat(zorble.modifiers()).isEmpty();
    }

    @Test
    void aUsageEntryDoesNotHideTheInflectionOfAnEvaluativeEntry(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-context.tsv"), "entry\tvalence\nzorbled\t-1\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tone-mine.tsv"), "entry\tvalence\nzorble\t2\n", StandardCharsets.UTF_8);
        Evidence e = only(score(ToneScorer.load(LexiconSource.overlay(dir)), "It zorbled."), "zorbled");
        assertThat(e.lexicon()).isEqualTo("mine");
        assertThat(e.weight()).isEqualTo(2.0);
    }

    @Test
    void contextEntriesAreNotInflectedDoNotTintTheCueAndYieldToEveryLayer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-context.tsv"),
                "entry\tvalence\nzorble\t-1\nvoiced\t0.5\ngood\t-3\n", StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir));
        assertThat(only(score(s, "A zorble again."), "zorble").lexicon()).isEqualTo("context");
        // not inflected: the file lists every form it covers
        assertThat(score(s, "Zorbles again.").evidence()).isEmpty();
        // any other layer's entry replaces the context one
        assertThat(only(score(s, "It was good."), "good").lexicon()).isNotEqualTo("context");
        assertThat(only(score(s, "It was good."), "good").weight()).isPositive();
        // in the content a context word counts; as the cue it does not
        String text = "The mayor voiced support.";
        List<Token> all = TOKENIZER.tokenize(text);
        assertThat(only(score(s, text), "voiced").lexicon()).isEqualTo("context");
        ToneScore cued = s.score(text, all.subList(3, all.size()), all.subList(2, 3));
        assertThat(cued.cueTone()).isZero();
        assertThat(cued.evidence()).extracting(Evidence::matched).doesNotContain("voiced");
    }

    @Test
    void disablingALayer() {
        ToneScorer vaderOnly = ToneScorer.load(LexiconSource.bundled(), Set.of("context", "news", "fitted"));
        assertThat(vaderOnly.layers()).containsExactly("vader");
        // "cooperation" is only in the news layer
        assertThat(score(vaderOnly, "They praised the cooperation.").evidence()).extracting(Evidence::entry)
                .doesNotContain("cooperation");
        assertThat(score("They praised the cooperation.").evidence()).extracting(Evidence::entry)
                .contains("cooperation");
        // "crisis" is softened by the news layer
        assertThat(score(vaderOnly, "There is a crisis.").score()).isLessThan(score("There is a crisis.").score());
        assertThatThrownBy(() -> ToneScorer.load(LexiconSource.bundled(), Set.of("nosuch")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuch");
    }

    @Test
    void userLayerAddsAndOverrides(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-mine.tsv"),
                "# my layer\nentry\tvalence\trationale\nzorblat\t3.0\ttest word\ngood\t-2\tinverted for the test\n",
                StandardCharsets.UTF_8);
        ToneScorer mine = ToneScorer.load(LexiconSource.overlay(dir), Set.of("context"));
        assertThat(mine.layers()).containsExactly("vader", "news", "fitted", "mine");
        ToneScore t = score(mine, "The zorblat was good.");
        assertThat(only(t, "zorblat").lexicon()).isEqualTo("mine");
        assertThat(only(t, "good").weight()).isEqualTo(-2.0);
        ToneScorer without = ToneScorer.load(LexiconSource.overlay(dir), Set.of("mine", "context"));
        assertThat(score(without, "The zorblat was good.").evidence()).extracting(Evidence::matched)
                .containsExactly("good");
    }

    @Test
    void negatorsMayCarryAToneOfTheirOwnButBoostersDoNot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-own.tsv"), "entry\tvalence\nnot\t-1\nvery\t-1\n", StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir), Set.of("context"));
        ToneScore t = score(s, "They did not sign.");
        assertThat(only(t, "not").contribution()).isNegative();
        assertThat(only(t, "not").modifiers()).isEmpty();
        // "not only": the negator is cancelled, so it has no tone either
        assertThat(score(s, "He is not only honest but brave.").evidence()).extracting(Evidence::matched)
                .doesNotContain("not");
        // a booster never carries tone, whatever a layer says
        assertThat(score(s, "It is very late.").evidence()).isEmpty();
    }

    @Test
    void userFileReplacesABundledLayer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-news.tsv"), "entry\tvalence\trationale\nfoo bar\t2\tphrase\n",
                StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir), Set.of("context"));
        assertThat(s.layers()).containsExactly("vader", "news", "fitted");
        assertThat(score(s, "It was foo bar.").evidence()).extracting(Evidence::entry).containsExactly("foo bar");
    }

    @Test
    void badLexiconLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-broken.tsv"),
                "# comment\nentry\tvalence\trationale\nfine\t1\tok\nbad\tlots\toops\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ToneScorer.load(LexiconSource.overlay(dir)))
                .isInstanceOf(EntenteException.class)
                .hasMessageContaining("tone-broken.tsv:4")
                .hasMessageContaining("lots");
        Files.writeString(dir.resolve("tone-broken.tsv"), "entry\tvalence\nhuge\t9\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ToneScorer.load(LexiconSource.overlay(dir)))
                .isInstanceOf(EntenteException.class).hasMessageContaining("tone-broken.tsv:2");
    }

    @Test
    void badRuleNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-rules.tsv"), "word\trole\tfactor\trationale\nvery\tBOOSTER\t1.3\tx\nso\tMAGIC\t\tx\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ToneScorer.load(LexiconSource.overlay(dir)))
                .isInstanceOf(EntenteException.class).hasMessageContaining("tone-rules.tsv:3")
                .hasMessageContaining("MAGIC");
    }

    @Test
    void inflectionsOfEntriesAreFound() {
        // the VADER lexicon has "sabotage" but not "sabotaged"
        ToneScore t = score("The talks were sabotaged.");
        assertThat(only(t, "sabotaged").entry()).isEqualTo("sabotage");
        assertThat(t.score()).isNegative();
        // a form that is an entry of its own keeps its own valence: "betrayed" -3.0, not "betray" -3.2
        assertThat(only(score("They were betrayed."), "betrayed").entry()).isEqualTo("betrayed");
    }

    @Test
    void questionsAreDamped() {
        ToneScore q = score("Is this a good deal?");
        assertThat(only(q, "good").modifiers()).contains("in a question");
        assertThat(q.score()).isPositive().isLessThan(score("This is a good deal.").score());
    }

    @Test
    void quotesWithinTheStatementUseTheQuotedFactor(@TempDir Path dir) throws IOException {
        String calibration = new String(LexiconSource.class.getClassLoader()
                .getResourceAsStream(LexiconSource.BUNDLED_ROOT + "tone-calibration.tsv").readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("(?m)^quoted\t[^\t]*", "quoted\t0.5");
        Files.writeString(dir.resolve("tone-calibration.tsv"), calibration, StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir), Set.of("context"));
        assertThat(s.calibration().quoted()).isEqualTo(0.5);
        ToneScore t = score(s, "He called it a \"great\" success.");
        assertThat(only(t, "great").modifiers()).containsExactly("inside quotes");
        assertThat(only(t, "success").modifiers()).isEmpty();
        // quotation marks around the whole statement are its own, not quotes within it
        assertThat(only(score(s, "\"A great success.\""), "great").modifiers()).isEmpty();
        // with the bundled calibration (quoted = 1) nothing changes and nothing is noted
        assertThat(only(score("He called it a \"great\" success."), "great").modifiers()).isEmpty();
    }

    @Test
    void counterWordsCancelTheBadThingActedAgainst() {
        assertThat(scorer.calibration().counter()).isZero();
        // "prevent" makes the disease it acts on count nothing
        ToneScore bare = score("Cancer is spreading.");
        assertThat(bare.score()).isLessThan(-0.05);
        ToneScore prevented = score("The vaccine will prevent cancer.");
        assertThat(only(prevented, "cancer").modifiers()).containsExactly("countered by 'prevent'");
        assertThat(only(prevented, "cancer").contribution()).isZero();
        assertThat(prevented.label()).isEqualTo(ToneLabel.NEUTRAL);
        // across a multi-word entry: "fight against" (resolve, +) then "terrorism" countered
        ToneScore fight = score("They vowed to fight against terrorism.");
        assertThat(only(fight, "terrorism").modifiers()).containsExactly("countered by 'against'");
        assertThat(fight.score()).isPositive();
        // only negative entries are countered
        assertThat(only(score("They fought for freedom."), "freedom").modifiers()).isEmpty();
        // up to four words after the counter word, within the clause
        assertThat(only(score("It ended the bloody war."), "war").modifiers()).contains("countered by 'ended'");
        assertThat(only(score("It ended the long, costly and bloody war."), "war").modifiers()).isEmpty();
        assertThat(only(score("It ended; war came."), "war").modifiers()).isEmpty();
    }

    @Test
    void aCounterWordKeepsItsOwnToneAndModifiers() {
        // "condemned" is negative itself and stays so; the attack it condemns is countered
        ToneScore t = score("The minister condemned the attack.");
        assertThat(only(t, "condemned").contribution()).isNegative();
        assertThat(only(t, "attack").modifiers()).contains("countered by 'condemned'");
        // a negator still acts on the counter word's own entry
        assertThat(only(score("They did not condemn it."), "condemn").modifiers()).containsExactly("negated by 'not'");
    }

    @Test
    void counterIsOptionalInACalibrationFile(@TempDir Path dir) throws IOException {
        String calibration = new String(LexiconSource.class.getClassLoader()
                .getResourceAsStream(LexiconSource.BUNDLED_ROOT + "tone-calibration.tsv").readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("(?m)^counter\t.*\n", "");
        Files.writeString(dir.resolve("tone-calibration.tsv"), calibration, StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir), Set.of("context"));
        assertThat(s.calibration().counter()).isEqualTo(1.0);
        ToneScore t = score(s, "The vaccine will prevent cancer.");
        assertThat(only(t, "cancer").modifiers()).isEmpty();
        assertThat(t.score()).isNegative();
    }

    @Test
    void tooJudgesExcessAndNoLongerIntensifies() {
        // "too X" is an editorial judgement of excess whatever X is: "too" carries a negative tone of
        // its own (news layer, refit) and is no longer a booster of the entry after it
        ToneScore t = score("The harbour board acted too slowly on the repairs.");
        Evidence too = only(t, "too");
        assertThat(too.entry()).isEqualTo("too");
        assertThat(too.weight()).isNegative();
        assertThat(t.label()).isEqualTo(ToneLabel.NEGATIVE);
        ToneScore good = score("The new ferry timetable is too good to last.");
        assertThat(only(good, "good").modifiers()).doesNotContain("intensified by 'too'");
        assertThat(only(good, "too").contribution()).isNegative();
    }

    @Test
    void tooMeaningAlsoIsNeutral() {
        // "too" is a PREMODIFIER (tone-rules.tsv): its excess entry counts only when a word follows it.
        // Before a comma, a full stop or the end of the statement it means "also" and weighs nothing:
        // the statement scores as with the neutral "also" in its place (same word count), and its
        // evidence is that of the statement without "too" (same entries, weights and modifiers)
        String[][] cases = {
            {"The harbour master, too, welcomed the new ferry timetable.",
                "The harbour master, also, welcomed the new ferry timetable.",
                "The harbour master welcomed the new ferry timetable."},
            {"The harbour master welcomed the new ferry timetable too.",
                "The harbour master welcomed the new ferry timetable also.",
                "The harbour master welcomed the new ferry timetable."},
            {"The harbour master welcomed the new ferry timetable too",
                "The harbour master welcomed the new ferry timetable also",
                "The harbour master welcomed the new ferry timetable"},
            {"The port workers voted for the strike too; the talks collapsed.",
                "The port workers voted for the strike also; the talks collapsed.",
                "The port workers voted for the strike; the talks collapsed."},
        };
        for (String[] c : cases) {
            ToneScore withToo = score(c[0]);
            assertThat(withToo.evidence()).as(c[0]).extracting(Evidence::entry).doesNotContain("too");
            assertThat(withToo.score()).as(c[0]).isEqualTo(score(c[1]).score());
            assertThat(withToo.label()).as(c[0]).isEqualTo(score(c[2]).label());
            assertThat(withToo.evidence()).as(c[0])
                    .extracting(Evidence::entry, Evidence::weight, Evidence::modifiers)
                    .isEqualTo(score(c[2]).evidence().stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.entry(), e.weight(), e.modifiers()))
                            .toList());
            assertThat(scorer.value(c[0], TOKENIZER.tokenize(c[0]))).as(c[0]).isEqualTo(withToo.score());
        }
        // a statement whose only entry would be "too" stays neutral, with no evidence
        ToneScore alone = score("The finance minister said so too.");
        assertThat(alone.score()).isZero();
        assertThat(alone.evidence()).isEmpty();
        // as the cue's own tone too
        String text = "The minister said too, that the port reopens today.";
        List<Token> tokens = TOKENIZER.tokenize(text);
        assertThat(scorer.score(text, tokens.subList(5, tokens.size()), tokens.subList(0, 5)).cueTone()).isZero();
    }

    @Test
    void tooBeforeAWordStillJudgesExcess() {
        for (String text : List.of("The council did too little for the harbour villages.",
                "The ferry arrived too late.", "The county approved too many exemptions.")) {
            ToneScore t = score(text);
            assertThat(only(t, "too").contribution()).as(text).isNegative();
            assertThat(only(t, "too").modifiers()).as(text).isEmpty();
        }
        // "too little" on its own still makes a statement negative
        ToneScore little = score("The council did too little for the harbour villages.");
        assertThat(little.evidence()).extracting(Evidence::entry).containsExactly("too");
        assertThat(little.score()).isNegative();
        assertThat(little.label()).isEqualTo(ToneLabel.NEGATIVE);
    }

    @Test
    void premodifierRoleIsGeneral(@TempDir Path dir) throws IOException {
        // any word can be a PREMODIFIER: its entry of some layer counts only before a word
        Files.writeString(dir.resolve("tone-mine.tsv"), "entry\tvalence\nalas\t-2\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tone-rules.tsv"), "word\trole\tfactor\trationale\n"
                + "not\tNEGATOR\t\tx\nalas\tPREMODIFIER\t\tx\n", StandardCharsets.UTF_8);
        ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir), Set.of("context"));
        assertThat(only(score(s, "It ended alas badly."), "alas").contribution()).isNegative();
        assertThat(score(s, "It ended, alas.").evidence()).extracting(Evidence::entry).doesNotContain("alas");
        assertThat(score(s, "Alas, it ended.").evidence()).extracting(Evidence::entry).doesNotContain("alas");
        // negated like any entry when it counts
        assertThat(only(score(s, "It was not alas badly done."), "alas").modifiers()).contains("negated by 'not'");
    }

    @Test
    void prescriptiveModalsCarryASmallNegativeTone() {
        // an editorial's "should" / "must" / "need" implies the present state falls short
        for (String text : List.of("The county should publish the tender documents.",
                "The county must publish the tender documents.",
                "The county will need a new tender process.")) {
            ToneScore t = score(text);
            assertThat(t.evidence()).as(text).hasSize(1);
            Evidence e = t.evidence().get(0);
            assertThat(e.weight()).as(text).isNegative().isGreaterThan(-1.5);
        }
        // the phrase entry wins over the modal's own entry
        assertThat(score("A friend in need is a friend indeed.").evidence()).extracting(Evidence::entry)
                .doesNotContain("need");
        // a negated prescription turns round like any entry
        assertThat(only(score("The county does not need a new tender process."), "need").contribution())
                .isPositive();
    }

    @Test
    void valueIsTheScoreWithoutEvidence() {
        for (String text : List.of("They did not welcome the plan.", "The plan is good, but the execution is terrible.",
                "A friend in need is a friend indeed.", "The committee met on Tuesday.", "Wonderful! ".repeat(50),
                "Along the valley, it was rampant.", "Lawlessness was rampant, but the milestone was reached.")) {
            assertThat(scorer.value(text, TOKENIZER.tokenize(text))).isEqualTo(score(text).score());
            assertThat(full.value(text, TOKENIZER.tokenize(text))).isEqualTo(score(full, text).score());
        }
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        String text = "The talks were not very successful, but both sides remain hopeful amid rampant smuggling.";
        ToneScore expected = score(full, text);
        assertThat(expected.evidence()).extracting(Evidence::lexicon).contains("context");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ToneScore>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> score(full, text)));
            }
            for (Future<ToneScore> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
