package org.entente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.EntenteException;
import org.entente.lexicon.LexiconSource;
import org.entente.model.Evidence;
import org.entente.model.Mention;
import org.entente.model.Span;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.text.Token;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceScorerTest {

    private static final StanceScorer SCORER = StanceScorer.load(LexiconSource.bundled());
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static StanceScore score(String text) {
        return SCORER.score(text, TOKENIZER.tokenize(text), List.of());
    }

    private static List<String> categories(StanceScore s) {
        return s.evidence().stream().filter(e -> e.contribution() != 0).map(Evidence::category).toList();
    }

    @Test
    void cooperationWithItsCounterpartAndExactSpan() {
        String text = "Kenya stands ready to work with Brazil to expand trade cooperation.";
        StanceScore s = score(text);
        assertThat(s.label()).isEqualTo(StanceLabel.COOPERATIVE);
        assertThat(s.score()).isGreaterThan(0.3);
        assertThat(s.counterpart()).isEqualTo(new Mention("Brazil", new Span(32, 38)));
        assertThat(categories(s)).contains("COOPERATE");
        assertThat(SCORER.affiliation(s.counterpart().text())).contains("Brazil");
    }

    @Test
    void counterpartIsNotTheAgent() {
        String text = "Norway has provided a shipment of medical supplies to Chile.";
        StanceScore s = score(text);
        assertThat(s.label()).isEqualTo(StanceLabel.COOPERATIVE);
        assertThat(s.counterpart()).isEqualTo(new Mention("Chile", new Span(54, 59)));
        assertThat(s.counterpartActor()).isEqualTo("Chile");
        assertThat(s.evidence()).first().satisfies(e -> {
            assertThat(e.category()).isEqualTo("AID");
            assertThat(e.matched()).isEqualTo("provided a shipment of medical supplies");
            assertThat(e.span()).isEqualTo(new Span(11, 50));
        });
    }

    @Test
    void demonymAndCompoundNameTheCounterpart() {
        StanceScore a = score("Ferreira expressed solidarity with the Chilean government and people.");
        assertThat(a.counterpart().text()).isEqualTo("Chilean");
        assertThat(a.counterpartActor()).isEqualTo("Chile");
        assertThat(SCORER.affiliation(a.counterpart().text())).contains("Chile");

        String text = "It shows the strength of the Chile-Norway strategic partnership.";
        StanceScore b = score(text);
        assertThat(b.label()).isEqualTo(StanceLabel.COOPERATIVE);
        assertThat(b.counterpart()).isEqualTo(new Mention("Norway", new Span(35, 41)));
    }

    @Test
    void thePurposeOfASendingDecidesWhenItPointsTheOtherWay() {
        // the sending is the means; the attack is what is reported
        StanceScore attack = score("Peru sent 300 troops to attack the rebel camp.");
        assertThat(attack.label()).isEqualTo(StanceLabel.CONFLICTUAL);
        assertThat(attack.evidence()).filteredOn(e -> e.category().equals("ASSAULT"))
                .singleElement().satisfies(e -> assertThat(e.modifiers()).isEmpty());
        assertThat(attack.evidence()).filteredOn(e -> e.category().equals("AID"))
                .singleElement().satisfies(e -> assertThat(e.modifiers()).anyMatch(m -> m.startsWith("not the main event")));
        // also after a destination
        assertThat(score("Peru sent troops to Bolivia to attack the rebel camp.").label())
                .isEqualTo(StanceLabel.CONFLICTUAL);
        // a purpose in the same direction leaves the sending the main event
        StanceScore help = score("Peru sent medical supplies to help Bolivia.");
        assertThat(help.evidence()).filteredOn(e -> e.category().equals("AID") && e.matched().startsWith("sent"))
                .singleElement().satisfies(e -> assertThat(e.modifiers()).isEmpty());
        // not a means: the content of a demand is no purpose
        assertThat(score("Peru would not meet the demands to release the prisoners.").label())
                .isEqualTo(StanceLabel.CONFLICTUAL);
    }

    @Test
    void ratherThanAndInsteadOfNegateWhatFollows() {
        StanceScore plain = score("Brazil will impose sanctions on Argentina.");
        StanceScore rather = score("Brazil will settle the dispute with Argentina through talks rather than sanctions.");
        StanceScore instead = score("Brazil will settle the dispute with Argentina through talks instead of sanctions.");
        assertThat(plain.label()).isEqualTo(StanceLabel.CONFLICTUAL);
        assertThat(rather.label()).isNotEqualTo(StanceLabel.CONFLICTUAL);
        assertThat(instead.label()).isNotEqualTo(StanceLabel.CONFLICTUAL);
        // a count after "more than" is not negated
        assertThat(score("More than 500 Brazilian troops attacked Argentine positions.").label())
                .isEqualTo(StanceLabel.CONFLICTUAL);
    }

    @Test
    void negationTurnsCooperationIntoRejection() {
        StanceScore yes = score("Iran will negotiate with the United States.");
        StanceScore no = score("Iran will not negotiate with the United States.");
        assertThat(yes.label()).isEqualTo(StanceLabel.COOPERATIVE);
        assertThat(no.label()).isEqualTo(StanceLabel.CONFLICTUAL);
        assertThat(no.counterpart().text()).isEqualTo("United States");
        assertThat(no.evidence()).first().satisfies(e -> {
            assertThat(e.category()).isEqualTo("CONSULT");
            assertThat(e.contribution()).isNegative();
            assertThat(e.modifiers()).contains("negated by 'not'");
        });
    }

    @Test
    void noLongerSupportsIsNegated() {
        assertThat(score("Hungary supports Ukraine's bid.").label()).isEqualTo(StanceLabel.COOPERATIVE);
        assertThat(score("Hungary no longer supports Ukraine's bid.").label()).isEqualTo(StanceLabel.CONFLICTUAL);
    }

    @Test
    void refusalScopesOverTheOfferedCooperation() {
        StanceScore s = score("Serbia refused to cooperate with the tribunal in The Hague.");
        assertThat(s.label()).isEqualTo(StanceLabel.CONFLICTUAL);
        assertThat(s.evidence()).extracting(Evidence::category).containsExactly("REJECT", "COOPERATE");
        assertThat(s.evidence().get(1).modifiers()).anySatisfy(m -> assertThat(m).startsWith("in the scope of"));
        assertThat(s.evidence().get(1).contribution()).isNegative();
    }

    @Test
    void failingToAgreeIsConflictual() {
        StanceScore s = score("Israelis and Palestinians failed to reach agreement on Sunday.");
        assertThat(s.label()).isEqualTo(StanceLabel.CONFLICTUAL);
    }

    @Test
    void hedgeAndConditionWeakenButKeepTheDirection() {
        double plain = score("Japan imposed sanctions on Russia.").score();
        double hedged = score("Japan may impose sanctions on Russia.").score();
        double conditional = score("If talks fail, Japan will impose sanctions on Russia.").score();
        assertThat(plain).isLessThanOrEqualTo(-0.5);
        assertThat(hedged).isNegative().isGreaterThan(plain);
        assertThat(conditional).isNegative().isGreaterThan(plain);
        assertThat(score("Japan may impose sanctions on Russia.").evidence().get(0).modifiers())
                .contains("hedged by 'may'");
    }

    @Test
    void domesticSupportIsNotInternationalCooperation() {
        StanceScore domestic = score("China supports its enterprises in resuming production.");
        assertThat(domestic.label()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(domestic.evidence()).singleElement()
                .satisfies(e -> assertThat(e.modifiers()).anySatisfy(m -> assertThat(m).contains("domestic")));
        assertThat(score("China supports France in the Security Council.").label()).isEqualTo(StanceLabel.COOPERATIVE);
    }

    @Test
    void aWarOnADiseaseIsNoConflict() {
        assertThat(score("Peru has declared a people's war against the measles outbreak.").label())
                .isEqualTo(StanceLabel.NEUTRAL);
        assertThat(score("Russia launched a war against Ukraine.").label()).isEqualTo(StanceLabel.CONFLICTUAL);
    }

    @Test
    void conflictCategoriesAreNamed() {
        assertThat(categories(score("Russia accused Ukraine of shelling a village."))).first().isEqualTo("ACCUSE");
        assertThat(categories(score("The United States imposed new sanctions on Iran."))).first().isEqualTo("SANCTION");
        assertThat(categories(score("Russia warned Finland against joining NATO."))).first().isEqualTo("THREATEN");
        assertThat(categories(score("Ethiopia rejected Egypt's proposal."))).first().isEqualTo("REJECT");
        assertThat(categories(score("The opposition demanded the minister's resignation."))).first().isEqualTo("DEMAND");
        assertThat(categories(score("Venezuela expelled the German ambassador."))).first().isEqualTo("SANCTION");
        assertThat(categories(score("Germany pledged aid to Ukraine."))).first().isEqualTo("AGREE");
    }

    @Test
    void appealsFollowTheScaleConvention() {
        // an appeal to yield is -0.3 on the scale (CAMEO 025): no event
        StanceScore yield = score("The United Nations urged Iran to release the detained sailors.");
        assertThat(yield.label()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(yield.evidence()).extracting(Evidence::category).containsExactly("APPEAL", "YIELD");
        assertThat(yield.evidence().get(1).modifiers()).anySatisfy(m -> assertThat(m).contains("not done"));
        // an appeal for aid is cooperative (CAMEO 023, +3.4)
        StanceScore aid = score("Haiti appealed to the United States for humanitarian aid.");
        assertThat(aid.label()).isEqualTo(StanceLabel.COOPERATIVE);
        assertThat(aid.counterpart().text()).isEqualTo("United States");
    }

    @Test
    void theMainEventDecidesTheDirection() {
        // a demand for a truce is still a demand; support for a sanctions resolution is still support
        assertThat(score("Rebels demanded a truce with government forces.").label()).isEqualTo(StanceLabel.CONFLICTUAL);
        assertThat(score("Hungary will support a U.N. resolution to tighten sanctions against Serbia.").label())
                .isEqualTo(StanceLabel.COOPERATIVE);
    }

    @Test
    void inflectionsMatch() {
        for (String verb : List.of("accuses", "accused", "accusing")) {
            assertThat(score("Russia " + verb + " Ukraine of lying.").label()).as(verb).isEqualTo(StanceLabel.CONFLICTUAL);
        }
        assertThat(score("Talks stopped and the allies halted aid to Serbia.").label()).isEqualTo(StanceLabel.CONFLICTUAL);
    }

    @Test
    void evidenceSpansSliceTheTextAndCueTokensCount() {
        String doc = "Xi said that China condemned the attack on France's embassy.";
        List<Token> content = TOKENIZER.tokenize(doc, 8, doc.length());
        StanceScore s = SCORER.score(doc, content, TOKENIZER.tokenize(doc, 3, 7));
        for (Evidence e : s.evidence()) {
            assertThat(e.span().slice(doc)).isEqualTo(e.matched());
        }
        assertThat(s.label()).isEqualTo(StanceLabel.CONFLICTUAL);
        assertThat(s.counterpart().span().slice(doc)).isEqualTo(s.counterpart().text());

        String cueDoc = "Moscow accused Kyiv of lying.";
        StanceScore cue = SCORER.score(cueDoc, TOKENIZER.tokenize(cueDoc, 15, cueDoc.length()),
                TOKENIZER.tokenize(cueDoc, 7, 14));
        assertThat(cue.label()).isEqualTo(StanceLabel.CONFLICTUAL);
        // "accuse ** of": the cue "accused" and the content "Kyiv of" make one gapped match
        assertThat(cue.evidence()).first().satisfies(e -> {
            assertThat(e.entry()).isEqualTo("accuse ** of");
            assertThat(e.span()).isEqualTo(new Span(7, 22));
            assertThat(e.matched()).isEqualTo("accused Kyiv of");
        });
    }

    @Test
    void noEvidenceIsNeutralWithoutCounterpart() {
        StanceScore s = score("France and China are large countries.");
        assertThat(s).isEqualTo(StanceScore.neutral());
    }

    @Test
    void affiliationOfSpeakers() {
        assertThat(SCORER.affiliation("Chinese President Xi Jinping")).contains("China");
        assertThat(SCORER.affiliation("French President Emmanuel Macron")).contains("France");
        assertThat(SCORER.affiliation("U.S. Secretary of State")).contains("United States");
        assertThat(SCORER.affiliation("he")).isEmpty();
        assertThat(SCORER.affiliation("")).isEmpty();
    }

    @Test
    void badPatternLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(StanceScorer.PATTERNS),
                "# comment\npattern\tweight\tcategory\trequires\trationale\nagree\t4\tAGREE\t\tok\nreject\tstrong\tREJECT\t\tbad\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StanceScorer.load(LexiconSource.overlay(dir)))
                .isInstanceOf(EntenteException.class)
                .hasMessageContaining(StanceScorer.PATTERNS + ":4")
                .hasMessageContaining("weight");
    }

    @Test
    void badPatternSyntaxAndModifierKindNameFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(StanceScorer.PATTERNS),
                "pattern\tweight\tcategory\trequires\trationale\n* agree\t4\tAGREE\t\tbad\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StanceScorer.load(LexiconSource.overlay(dir)))
                .hasMessageContaining(StanceScorer.PATTERNS + ":2").hasMessageContaining("starts with a gap");
        Files.writeString(dir.resolve(StanceScorer.PATTERNS),
                "pattern\tweight\tcategory\trequires\trationale\nagree\t40\tAGREE\t\tbad\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StanceScorer.load(LexiconSource.overlay(dir)))
                .hasMessageContaining(StanceScorer.PATTERNS + ":2").hasMessageContaining("outside");
        Files.delete(dir.resolve(StanceScorer.PATTERNS));
        Files.writeString(dir.resolve(StanceScorer.MODIFIERS),
                "word\tkind\tnote\nnot\tNEGATE\t\nmaybe\tPERHAPS\t\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StanceScorer.load(LexiconSource.overlay(dir)))
                .hasMessageContaining(StanceScorer.MODIFIERS + ":3").hasMessageContaining("PERHAPS");
    }

    @Test
    void userLexiconOverridesBundled(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(StanceScorer.PATTERNS),
                "pattern\tweight\tcategory\trequires\trationale\nhug\t5\tSUPPORT\t\ttest\n", StandardCharsets.UTF_8);
        StanceScorer custom = StanceScorer.load(LexiconSource.overlay(dir));
        String text = "Canada hugged Mexico.";
        StanceScore s = custom.score(text, TOKENIZER.tokenize(text), List.of());
        assertThat(s.score()).isEqualTo(0.5);
        assertThat(s.counterpart().text()).isEqualTo("Mexico");
        String other = "Canada accused Mexico.";
        assertThat(custom.score(other, TOKENIZER.tokenize(other), List.of()).label()).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        List<String> texts = List.of("Iran will not negotiate with the United States.",
                "Norway has provided a shipment of medical supplies to Chile.",
                "The economy grew by 2.3 percent in the third quarter.");
        List<StanceScore> expected = texts.stream().map(StanceScorerTest::score).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < 2000; r++) {
                        int k = r % texts.size();
                        if (!score(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
