package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.Profile;
import org.entente.annotate.CoreNlpAnnotator;
import org.entente.lexicon.LexiconSource;
import org.entente.model.CueClass;
import org.entente.model.Span;
import org.entente.model.Statement;
import org.entente.model.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * Extraction over short fixtures written for these tests, one per attribution pattern, with exact
 * character offsets. Runs the real CoreNLP pipeline (BALANCED profile).
 */
class AttributionExtractorTest {

    private static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.forProfile(Profile.BALANCED);
    private static final AttributionExtractor EXTRACTOR = AttributionExtractor.load(LexiconSource.bundled());

    private static List<Statement> extract(String text) {
        return EXTRACTOR.extract(ANNOTATOR.annotate(text)).stream().map(ExtractedStatement::statement).toList();
    }

    /** The span of the first occurrence of {@code part} in {@code text} (at or after {@code from}). */
    private static Span at(String text, String part, int from) {
        int i = text.indexOf(part, from);
        assertThat(i).as("fixture contains '%s'", part).isGreaterThanOrEqualTo(0);
        return new Span(i, i + part.length());
    }

    private static Span at(String text, String part) {
        return at(text, part, 0);
    }

    private static Statement withCue(List<Statement> statements, String text, Span cue) {
        return statements.stream().filter(s -> s.cue().span().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with cue " + cue.slice(text) + cue + " in " + statements));
    }

    @Test
    void contentBeforeTheCue() {
        String text = "Brazil is ready to expand trade with Kenya, Brazilian Foreign Minister Ana Lopes said on Monday.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = found.get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Brazilian Foreign Minister Ana Lopes"));
        assertThat(s.speakerCanonical()).isEqualTo("Ana Lopes");
        assertThat(s.content().spans()).containsExactly(at(text, "Brazil is ready to expand trade with Kenya"));
        assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(s.cueClass()).isEqualTo(CueClass.SPEECH);
    }

    /** Content keeps its complementiser, as in PolNeAR's gold ("said [that the talks ...]"). */
    @Test
    void contentAfterTheCueKeepsThat() {
        String text = "Ana Lopes said that the talks had been useful and frank.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().text()).isEqualTo("said");
        assertThat(s.speaker().text()).isEqualTo("Ana Lopes");
        assertThat(s.content().spans()).containsExactly(at(text, "that the talks had been useful and frank"));
    }

    /** "said X and questioned Y": the parser puts the second cue inside the first content. */
    @Test
    void cueVerbCoordinatedInsideTheContentEndsIt() {
        String text = "The mayor said she earns $60,000 a year and questioned how the new levy would help her family.";
        Statement said = withCue(extract(text), text, at(text, "said"));
        assertThat(said.content().spans()).containsExactly(at(text, "she earns $60,000 a year"));
    }

    /** "said A, and Y argued B": a cue clause with its own subject coordinated inside the content is a statement of its own. */
    @Test
    void cueClauseWithItsOwnSubjectCoordinatedInsideTheContent() {
        String text = "The report said that the harbour was too small for the new ships, and the fishermen's union argued"
                + " that it should be dredged.";
        List<Statement> found = extract(text);
        Statement said = withCue(found, text, at(text, "said"));
        assertThat(said.content().spans()).containsExactly(at(text, "that the harbour was too small for the new ships"));
        Statement argued = withCue(found, text, at(text, "argued"));
        assertThat(argued.speaker().span()).isEqualTo(at(text, "the fishermen's union"));
        assertThat(argued.content().spans()).containsExactly(at(text, "that it should be dredged"));
    }

    /** "calling X a disgrace and promising ...": a participle cue coordinated inside a participle cue's content ends it. */
    @Test
    void participleCueCoordinatedInsideAParticipleContent() {
        String text = "Lopes ended the rally by calling the quota a disgrace and promising to repeal it.";
        Statement calling = withCue(extract(text), text, at(text, "calling"));
        assertThat(calling.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(calling.content().spans()).containsExactly(at(text, "the quota a disgrace"));
    }

    /** "said A; 46 percent said B": another source's cue clause hung on the content's verb after ';' or ',' ends it. */
    @Test
    void sideStatementAfterASemicolonInsideTheContent() {
        String text = "Most captains said they expected little from the next fishing season; 46 percent said they"
                + " would sell their boats.";
        List<Statement> found = extract(text);
        Statement first = withCue(found, text, at(text, "said"));
        assertThat(first.content().spans()).containsExactly(at(text, "they expected little from the next fishing season"));
        Statement second = withCue(found, text, at(text, "said", at(text, "46").start()));
        assertThat(second.speaker().span()).isEqualTo(at(text, "46 percent"));
        assertThat(second.content().spans()).containsExactly(at(text, "they would sell their boats"));
        String comma = "Many captains said they had lost money on every trip this winter, one in five said they would sell their boats.";
        Statement lost = withCue(extract(comma), comma, at(comma, "said"));
        assertThat(lost.content().spans()).containsExactly(at(comma, "they had lost money on every trip this winter"));
    }

    /** "issued a statement saying that ...": the participle's statement, with the light verb's speaker. */
    @Test
    void participleCueOnALightVerbObject() {
        String text = "The ministry issued a statement saying that the quota would be lifted in May.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = withCue(found, text, at(text, "saying"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "The ministry"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the quota would be lifted in May"));
    }

    /** A date after a noun-phrase object is the cue's adjunct, not part of the content. */
    @Test
    void dateAfterANounPhraseObjectIsLeftOut() {
        String text = "The senator endorsed Alvarez in late June.";
        Statement s = withCue(extract(text), text, at(text, "endorsed"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "The senator"));
        assertThat(s.content().spans()).containsExactly(at(text, "Alvarez"));
    }

    /** "took issue with X": the noun cue's phrase hangs on the verb; the cue runs from verb to preposition. */
    @Test
    void nounCueMadeSubjectOfItsOwnInfinitive() {
        // the parser makes "plan" the subject of "raise" and "wage" the subject of "popular"
        String text = "Her plan to raise the minimum wage is popular with voters.";
        Statement s = withCue(extract(text), text, at(text, "plan"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Her"));
        assertThat(s.content().spans()).containsExactly(at(text, "to raise the minimum wage"));
        String made = "His refusal to cut the payroll tax made the slump longer.";
        Statement t = withCue(extract(made), made, at(made, "refusal"));
        assertThat(t.speaker().span()).isEqualTo(at(made, "His"));
        assertThat(t.content().spans()).containsExactly(at(made, "to cut the payroll tax"));
    }

    @Test
    void nounCueWhosePhraseHangsOnTheVerb() {
        String text = "Councillor Diaz took issue with the new parking rules.";
        Statement s = withCue(extract(text), text, at(text, "took issue with"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Councillor Diaz"));
        assertThat(s.content().spans()).containsExactly(at(text, "the new parking rules"));
        String aim = "The governor took aim at the budget office on Tuesday.";
        Statement t = withCue(extract(aim), aim, at(aim, "took aim at"));
        assertThat(t.content().spans()).containsExactly(at(aim, "the budget office"));
        // after a cue verb of its own ("expressed") the light-verb rule makes the one statement
        String own = "Ana Lopes expressed solidarity with the flood victims.";
        assertThat(extract(own)).singleElement().satisfies(only -> {
            assertThat(only.cue().span()).isEqualTo(at(own, "solidarity with"));
            assertThat(only.content().spans()).containsExactly(at(own, "the flood victims"));
        });
    }

    @Test
    void cueInsideTheContentWithAPronounSpeaker() {
        String text = "Ana Lopes said the talks had been useful. The economy, she added, will recover quickly this year.";
        List<Statement> found = extract(text);
        Statement added = withCue(found, text, at(text, "added"));
        assertThat(added.speaker().span()).isEqualTo(at(text, "she"));
        assertThat(added.speakerCanonical()).isEqualTo("Ana Lopes");
        assertThat(added.content().spans()).containsExactly(at(text, "The economy"),
                at(text, "will recover quickly this year"));
        assertThat(added.content().isSplit()).isTrue();
    }

    @Test
    void participleSharesTheMainCuesSpeaker() {
        String text = "The talks were useful, Lopes said, adding that both sides would meet again in May.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(2);
        Statement said = withCue(found, text, at(text, "said"));
        Statement adding = withCue(found, text, at(text, "adding"));
        assertThat(said.content().spans()).containsExactly(at(text, "The talks were useful"));
        assertThat(adding.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(adding.content().spans()).containsExactly(at(text, "that both sides would meet again in May"));
    }

    @Test
    void leadingParticipleSharesTheSpeaker() {
        String text = "Noting that exports had grown, Lopes said that trade with Kenya would double.";
        List<Statement> found = extract(text);
        Statement noting = withCue(found, text, at(text, "Noting"));
        Statement said = withCue(found, text, at(text, "said"));
        assertThat(noting.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(noting.content().spans()).containsExactly(at(text, "that exports had grown"));
        assertThat(said.content().spans()).containsExactly(at(text, "that trade with Kenya would double"));
    }

    @Test
    void nounPhraseContent() {
        // coordinated nouns keep the whole object as content
        String text = "Lopes once again expressed solidarity with the people of the region in the fight against "
                + "the floods, as well as appreciation for the rapid response of the city.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().text()).isEqualTo("expressed");
        assertThat(s.content().spans()).containsExactly(at(text, "solidarity with the people of the region in the "
                + "fight against the floods, as well as appreciation for the rapid response of the city"));
        assertThat(s.cueClass()).isEqualTo(CueClass.SENTIMENT);
    }

    @Test
    void lightVerbWithPrepositionalNoun() {
        String text = "Lopes expressed support for the new trade agreement.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().text()).isEqualTo("Lopes");
        assertThat(s.cue().text()).isEqualTo("support for");
        assertThat(s.content().spans()).containsExactly(at(text, "the new trade agreement"));
        assertThat(s.cueClass()).isEqualTo(CueClass.SENTIMENT);
    }

    @Test
    void directQuoteBeforeTheCue() {
        String text = "\u201cWe will keep working together,\u201d the minister said.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().text()).isEqualTo("the minister");
        assertThat(s.content().spans()).containsExactly(at(text, "We will keep working together"));
        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
    }

    @Test
    void splitQuoteAroundTheCue() {
        String text = "\"We are ready,\" Lopes said, \"and we will not wait for anyone.\"";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = found.get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "We are ready"),
                at(text, "and we will not wait for anyone"));
        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
    }

    /** Words before the speaker are the narrator's when the quotation after the cue opens a sentence. */
    @Test
    void sceneSettingBeforeTheSpeakerIsNotContent() {
        String text = "In an interview on Monday, Lopes said, \u201cWe will sign the deal next week.\u201d";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.content().spans()).containsExactly(at(text, "We will sign the deal next week"));
    }

    /** A quotation that runs on from the words before the speaker keeps them as its first part. */
    @Test
    void prefixThatTheQuotationRunsOnFromIsContent() {
        String text = "Even so, Lopes said, \u201cthe deal is a good one for the port.\u201d";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "Even so"),
                at(text, "the deal is a good one for the port"));
    }

    /** A connective opening the sentence before an "as" cue clause is the narrator's. */
    @Test
    void connectiveBeforeAnAsClauseIsNotContent() {
        String text = "But as the mayor noted, the new ward is already full.";
        Statement s = withCue(extract(text), text, at(text, "noted"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "the mayor"));
        assertThat(s.content().spans()).containsExactly(at(text, "the new ward is already full"));
    }

    /** A reported clause whose subject the parser made the cue's object runs on to its verb's phrase. */
    @Test
    void clauseSubjectParsedAsTheObjectKeepsItsPredicate() {
        String text = "Investigators seized ledgers showing he was paid $40,000 by the firm.";
        Statement s = withCue(extract(text), text, at(text, "showing"));
        assertThat(s.content().spans()).containsExactly(at(text, "he was paid $40,000 by the firm"));
    }

    /** "on" + a topic after a noun-phrase object stays in the content; "on" + a day does not. */
    @Test
    void topicOfOnAfterANounPhraseObjectStaysInside() {
        String text = "The senator criticized the governor on two fronts.";
        Statement s = withCue(extract(text), text, at(text, "criticized"));
        assertThat(s.content().spans()).containsExactly(at(text, "the governor on two fronts"));
        String dated = "The senator criticized the governor on Thursday.";
        Statement d = withCue(extract(dated), dated, at(dated, "criticized"));
        assertThat(d.content().spans()).containsExactly(at(dated, "the governor"));
    }

    /** A next paragraph that is nothing but a quotation goes on with the same statement. */
    @Test
    void quoteAfterTheCueAndItsContinuationInTheNextParagraph() {
        String text = "Lopes said: \"We will sign the deal next week.\"\n\n\"It is a good deal for both countries.\"";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = found.get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.cue().span()).isEqualTo(at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "We will sign the deal next week"),
                at(text, "It is a good deal for both countries"));
    }

    /** {@code "A," X said.} + a paragraph of quotation only: one statement over both paragraphs. */
    @Test
    void quoteBeforeTheCueGoesOnInTheNextParagraph() {
        String text = "\u201cThe port will be ready by June,\u201d the mayor said.\n\n\u201cWe have hired two hundred new workers.\u201d";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = found.get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "the mayor"));
        assertThat(s.content().spans()).containsExactly(at(text, "The port will be ready by June"),
                at(text, "We have hired two hundred new workers"));
    }

    @Test
    void splitQuoteInOneParagraphStaysOneStatement() {
        String text = "\"We will sign the deal,\" Lopes said. \"It is a good deal for both countries.\"";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().spans()).containsExactly(at(text, "We will sign the deal"),
                at(text, "It is a good deal for both countries"));
    }

    @Test
    void impressionVerbMakesTheWholeClauseTheContentWithoutSource() {
        String text = "The senator appears to be losing support among young voters.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = found.get(0);
        assertThat(s.speaker()).isNull();
        assertThat(s.cue().span()).isEqualTo(at(text, "appears"));
        assertThat(s.content().spans()).containsExactly(at(text, "The senator"),
                at(text, "to be losing support among young voters"));
    }

    @Test
    void cueVerbUnderAnImpressionVerbKeepsItsSubjectAsSource() {
        String text = "The governor seemed to blame the contractor for the delay.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "The governor"));
        assertThat(s.cue().span()).isEqualTo(at(text, "blame"));
        assertThat(s.content().spans()).containsExactly(at(text, "the contractor for the delay"));
    }

    @Test
    void lightVerbHandsTheAttributionToItsNounObject() {
        String text = "The minister expressed concern that the talks could collapse.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "The minister"));
        assertThat(s.cue().span()).isEqualTo(at(text, "concern"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the talks could collapse"));
    }

    @Test
    void nonRestrictiveRelativeClauseAtTheEndIsNotContent() {
        String text = "The minister said the plan would lower the tariffs on steel, which the unions oppose.";
        Statement s = extract(text).get(0);
        assertThat(s.content().spans()).containsExactly(at(text, "the plan would lower the tariffs on steel"));
    }

    @Test
    void cueParsedAsClausalSubjectOfTheReportedPredicate() {
        // the parser makes "said" the clausal subject of "cautious"; the content is what follows the cue
        String text = "Garcia said Moreno was far too slow with the harbour plans across three winters on the board "
                + "to be handed the port authority.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "Garcia"));
        assertThat(s.cue().span()).isEqualTo(at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "Moreno was far too slow with the harbour plans "
                + "across three winters on the board to be handed the port authority"));
    }

    @Test
    void reportedVerbParsedAsModifierOfTheObject() {
        // the parser hangs "was" on "wage" as a modifier; the object starts a clause
        String text = "The guild says the typical monthly fee was $85.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "The guild"));
        assertThat(s.content().spans()).containsExactly(at(text, "the typical monthly fee was $85"));
    }

    @Test
    void participleCueParsedAsSubordinatorMakesItsOwnStatement() {
        String text = "Mayor Lopes defended her plan to raise the parking fee, saying the gains in revenue would "
                + "outweigh the losses in trade.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).cue().span()).isEqualTo(at(text, "defended"));
        assertThat(found.get(0).content().spans()).containsExactly(at(text, "her plan to raise the parking fee"));
        assertThat(found.get(1).cue().span()).isEqualTo(at(text, "saying"));
        assertThat(found.get(1).speaker().span()).isEqualTo(at(text, "Mayor Lopes"));
        assertThat(found.get(1).content().spans())
                .containsExactly(at(text, "the gains in revenue would outweigh the losses in trade"));
    }

    @Test
    void clauseOfContrastAfterTheContentIsTheNarrators() {
        String text = "Ministry spokeswoman Ana Reis said every inspector files a report, though she declined to name them.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "every inspector files a report"));
    }

    @Test
    void parentheticalCueInsideAnIndirectContent() {
        String text = "Once the dam is finished, Lopes predicted on the radio, farmers will have water all summer.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.cue().span()).isEqualTo(at(text, "predicted"));
        assertThat(s.content().spans()).containsExactly(at(text, "Once the dam is finished"),
                at(text, "farmers will have water all summer"));
    }

    @Test
    void splitQuoteWithAShortFirstPartKeepsBothParts() {
        String text = "Lopes warned that the hospital could close.\n\n"
                + "\"In my view,\" Reis said, \"the ward should stay open through the winter.\"";
        List<Statement> found = extract(text);
        // the first part is not a continuation of the earlier statement
        assertThat(found).hasSize(2);
        Statement s = found.get(1);
        assertThat(s.cue().span()).isEqualTo(at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "In my view"),
                at(text, "the ward should stay open through the winter"));
    }

    @Test
    void conjunctionBeforeAParentheticalCueOpensTheContent() {
        String text = "Still, she added, \"the harbour will be ready before the storms.\"";
        Statement s = extract(text).get(0);
        assertThat(s.content().extent()).isEqualTo(new Span(0, text.indexOf("storms") + "storms".length()));
    }

    @Test
    void coordinatedPredicateOfTheCueIsNotContent() {
        String text = "Lopes criticized the budget and then flew to Brussels for the summit.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "criticized"));
        assertThat(s.content().spans()).containsExactly(at(text, "the budget"));
    }

    @Test
    void accordingToAfterACommaSourcesTheWholeSentence() {
        String text = "The talks, which began in May, made little progress on tariffs, according to two officials.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "two officials"));
        assertThat(s.content().spans())
                .containsExactly(at(text, "The talks, which began in May, made little progress on tariffs"));
    }

    @Test
    void agentlessPassiveWithAsComplementHasNoSpeaker() {
        String text = "The subsidy was widely criticized as a giveaway to large farms.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker()).isNull();
        assertThat(s.cue().span()).isEqualTo(at(text, "criticized"));
        assertThat(s.content().spans()).containsExactly(at(text, "The subsidy"), at(text, "as a giveaway to large farms"));
    }

    @Test
    void contentOfOnlyATimeWordOrFillerIsNoStatement() {
        assertThat(extract("Lopes said so.")).isEmpty();
        assertThat(extract("The mayor spoke about it on Monday.")).noneSatisfy(
                s -> assertThat(s.content().text()).isEqualTo("Monday"));
    }

    @Test
    void adjectiveWithAClause() {
        String text = "Reis is confident that the council will approve the budget.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "Reis"));
        assertThat(s.cue().span()).isEqualTo(at(text, "confident"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the council will approve the budget"));
        assertThat(s.cueClass()).isEqualTo(CueClass.BELIEF);
    }

    @Test
    void participleAsideIsNotContentAndGoingOnToSayHasTheSpeaker() {
        String text = "\"This is no moment for excuses,\" Lopes said, going on to say that her city has spent "
                + "years repairing its bridges.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).cue().span()).isEqualTo(at(text, "said"));
        assertThat(found.get(0).content().spans()).containsExactly(at(text, "This is no moment for excuses"));
        assertThat(found.get(1).cue().span()).isEqualTo(at(text, "say"));
        assertThat(found.get(1).speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(found.get(1).content().spans())
                .containsExactly(at(text, "that her city has spent years repairing its bridges"));
    }

    @Test
    void personOnlyCueNeedsAPersonsNameAsSubject() {
        String text = "Maria Lopes supports a ban on assault weapons.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "supports"));
        assertThat(s.content().spans()).containsExactly(at(text, "a ban on assault weapons"));
        assertThat(extract("The new bill supports small farms in the north.")).isEmpty();
    }

    @Test
    void nounCueAfterACopulaTakesTheSubjectAsSource() {
        String text = "Lopes has long been a supporter of the trade pact.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.cue().span()).isEqualTo(at(text, "supporter of"));
        assertThat(s.content().spans()).containsExactly(at(text, "the trade pact"));
    }

    @Test
    void nounPhraseObjectLeavesOutTheCuesTimeAdjuncts() {
        String text = "Lopes attacked the new tariff plan on Tuesday during a radio interview.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "attacked"));
        assertThat(s.content().spans()).containsExactly(at(text, "the new tariff plan"));
    }

    @Test
    void colonInsideTheSentenceIntroducesTheContent() {
        String text = "The panel was divided. Lopes added: And from a seasoned engineer, this plan shows real care. "
                + "It should pass the review easily.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.cue().span()).isEqualTo(at(text, "added"));
        assertThat(s.content().spans()).containsExactly(new Span(text.indexOf("And from"), text.length() - 1));
    }

    @Test
    void speechNounBeforeAColonIntroducesAQuote() {
        String text = "The governor made the following comment: \"For towns that have lost their mills, "
                + "the grant offers a way back.\"";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "The governor"));
        assertThat(s.cue().span()).isEqualTo(at(text, "comment"));
        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.content().text()).startsWith("For towns").endsWith("a way back");
    }

    @Test
    void splitOffQuotationIsClaimedOnce() {
        String text = "\"We will sign the deal,\" she said, adding that the talks had been hard.\n\n"
                + "\"It is a good deal for both countries.\"";
        List<Statement> found = extract(text);
        // the next paragraph is all quote: it goes on with one of the two statements, not both
        Span more = at(text, "It is a good deal for both countries");
        assertThat(found.stream().filter(s -> s.content().spans().contains(more))).hasSize(1);
        assertThat(found).hasSize(2);
    }

    @Test
    void nestedAccordingToKeepsBothStatements() {
        String text = "Officials said that, according to the police, the roads were closed.";
        List<Statement> found = extract(text);
        assertThat(found).extracting(s -> s.cue().text()).containsExactlyInAnyOrder("said", "according to");
    }

    @Test
    void timeAdjunctBeforeAComplementStaysInside() {
        String text = "Lopes urged Congress on Monday to pass the budget.";
        Statement s = extract(text).get(0);
        assertThat(s.content().spans()).containsExactly(at(text, "Congress on Monday to pass the budget"));
    }

    @Test
    void agentlessPassiveWithATimeOnlyIsNoStatement() {
        assertThat(extract("The deal was announced on Monday.")).isEmpty();
    }

    @Test
    void invertedSaidBeforeAColon() {
        String text = "Said Okafor: \"The new bridge will not be finished before the spring floods.\"";
        Statement s = extract(text).get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "Said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Okafor"));
        assertThat(s.content().text()).isEqualTo("The new bridge will not be finished before the spring floods");
    }

    @Test
    void mixedQuote() {
        String text = "Lopes said the plan was \"a historic step\" for the region.";
        Statement s = extract(text).get(0);
        assertThat(s.content().spans()).containsExactly(at(text, "the plan was \"a historic step\" for the region"));
        assertThat(s.kind()).isEqualTo(StatementKind.MIXED);
    }

    @Test
    void accordingTo() {
        String text = "Exports will grow by five percent next year, according to the trade ministry.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "according to"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "the trade ministry"));
        assertThat(s.content().spans()).containsExactly(at(text, "Exports will grow by five percent next year"));
    }

    @Test
    void pronounsAndDescriptionsResolveToTheFullestName() {
        String text = "Foreign Minister Ana Lopes arrived in Nairobi on Monday. Lopes said the visit was a success. "
                + "She added that a deal was close. The minister said she would return in June.";
        List<Statement> found = extract(text);
        assertThat(found).extracting(Statement::speakerCanonical).containsOnly("Ana Lopes");
        assertThat(withCue(found, text, at(text, "added")).speaker().text()).isEqualTo("She");
        assertThat(withCue(found, text, at(text, "said", text.indexOf("The minister"))).speaker().text())
                .isEqualTo("The minister");
    }

    @Test
    void aCueInsideAnotherStatementsContentIsNotAStatement() {
        String text = "Lopes said that the Kenyan president believes the deal is fair.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue().text()).isEqualTo("said");
        assertThat(found.get(0).content().spans()).containsExactly(at(text, "that the Kenyan president believes the deal is fair"));
    }

    @Test
    void headlineWithColon() {
        String text = "Lopes: Trade Deal With Kenya Will Be Signed Soon\n\nThe talks ended on Monday.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().text()).isEqualTo(":");
        assertThat(s.speaker().text()).isEqualTo("Lopes");
        assertThat(s.content().spans()).containsExactly(at(text, "Trade Deal With Kenya Will Be Signed Soon"));
    }

    @Test
    void asideAboutTheSpeakerIsNotPartOfTheSpeaker() {
        String text = "Ana Lopes, who replaced Carlos Reis in March, said the talks would resume.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().span()).isEqualTo(at(text, "Ana Lopes"));
        assertThat(s.speakerCanonical()).isEqualTo("Ana Lopes");
        assertThat(s.content().spans()).containsExactly(at(text, "the talks would resume"));
    }

    /** The relative pronoun of a cue in a relative clause is the source as written; it names the noun it modifies. */
    @Test
    void relativePronounIsTheSpeakerMention() {
        String text = "The plan was backed by Ana Lopes, who said that the cranes would arrive in March.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "who"));
        assertThat(s.speakerCanonical()).isEqualTo("Ana Lopes");
        assertThat(s.content().spans()).containsExactly(at(text, "that the cranes would arrive in March"));
    }

    /** "who came and endorsed": a cue coordinated inside the relative clause shares its pronoun. */
    @Test
    void relativePronounSpeaksForACoordinatedCue() {
        String text = "The union backed Carlos Reis, who visited the port and warned that the cranes were unsafe.";
        Statement s = withCue(extract(text), text, at(text, "warned"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "who"));
        assertThat(s.speakerCanonical()).isEqualTo("Carlos Reis");
    }

    /** "sent a letter calling X Y": a participle on the verb's object speaks for the verb's subject. */
    @Test
    void participleOnAnObjectHasTheVerbsSubjectAsSpeaker() {
        String text = "The union sent a letter calling the plan reckless.";
        Statement s = withCue(extract(text), text, at(text, "calling"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "The union"));
    }

    /** "X said he ..., but called it ...": the cue hung on the reported clause speaks for the reporting verb's subject. */
    @Test
    void cueHungOnAReportedClauseSpeaksForTheReporter() {
        String text = "The mayor said that he had not seen the report, but called it a useful start.";
        Statement s = withCue(extract(text), text, at(text, "called"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "The mayor"));
    }

    /** The same with a pronoun reporter: the outer "He", not the reported clause's "he". */
    @Test
    void cueHungOnAReportedClauseSpeaksForAPronounReporter() {
        String text = "He said that he had not seen the report, but called it a useful start.";
        Statement s = withCue(extract(text), text, at(text, "called"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "He"));
    }

    /** '"...," replied Lopes': the name the parser made the inverted cue's object is the speaker. */
    @Test
    void speakerParsedAsObjectOfAnInvertedCue() {
        String text = "\"Eventually the fishermen make good choices and the town works,\" replied Lopes, whose criticism"
                + " of the plan has grown.";
        Statement s = withCue(extract(text), text, at(text, "replied"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
    }

    /** A dateline the parser took for the subject: the name it hangs before the cue speaks. */
    @Test
    void datelineIsNotTheSpeaker() {
        String text = "WASHINGTON \u2014 Senator Ana Lopes argued on Monday that the port could stay open.";
        Statement s = withCue(extract(text), text, at(text, "argued"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Senator Ana Lopes"));
        assertThat(s.speakerCanonical()).isEqualTo("Ana Lopes");
    }

    /** A participle after the object's relative clause, set off by a comma, still speaks for the clause's subject. */
    @Test
    void participleAfterACommaSpeaksForTheClauseSubject() {
        String text = "The mayor met the port director, who had worked all night, saying the cranes were safe.";
        Statement s = withCue(extract(text), text, at(text, "saying"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "The mayor"));
    }

    @Test
    void nounCueWithItsPossessorAsSource() {
        String text = "Ana Lopes arrived on Monday. Her criticism of the fishing quotas dominated the summit.";
        Statement s = extract(text).stream().filter(x -> x.cue().text().startsWith("criticism")).findFirst().orElseThrow();
        assertThat(s.cue().span()).isEqualTo(at(text, "criticism of"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Her"));
        assertThat(s.speakerCanonical()).isEqualTo("Ana Lopes");
        assertThat(s.content().spans()).containsExactly(at(text, "the fishing quotas"));
        assertThat(s.cueClass()).isEqualTo(CueClass.SENTIMENT);
    }

    @Test
    void passiveAgentIsTheSource() {
        String text = "The new fishing plan was endorsed by the Kenyan government on Friday.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().text()).isEqualTo("endorsed");
        assertThat(s.speaker().span()).isEqualTo(at(text, "the Kenyan government"));
        assertThat(s.content().spans()).containsExactly(at(text, "The new fishing plan"));
    }

    @Test
    void beliefAndIntentionCues() {
        String text = "Lopes believes that the deal will hold. Otieno wants to visit Lisbon in June.";
        List<Statement> found = extract(text);
        Statement believes = withCue(found, text, at(text, "believes"));
        Statement wants = withCue(found, text, at(text, "wants"));
        assertThat(believes.cueClass()).isEqualTo(CueClass.BELIEF);
        assertThat(believes.content().spans()).containsExactly(at(text, "that the deal will hold"));
        assertThat(wants.cueClass()).isEqualTo(CueClass.INTENTION);
        assertThat(wants.content().spans()).containsExactly(at(text, "to visit Lisbon in June"));
    }

    @Test
    void coordinatedCuesShareTheSubject() {
        String text = "Lopes praised the agreement and warned that talks on fishing would be hard.";
        List<Statement> found = extract(text);
        Statement warned = withCue(found, text, at(text, "warned"));
        assertThat(warned.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(warned.content().spans()).containsExactly(at(text, "that talks on fishing would be hard"));
        assertThat(withCue(found, text, at(text, "praised")).content().spans()).containsExactly(at(text, "the agreement"));
    }

    @Test
    void multiSentenceQuoteBeforeTheCue() {
        String text = "\u201cWe came to listen. We leave with a plan,\u201d Lopes said.";
        Statement s = extract(text).get(0);
        assertThat(s.speaker().text()).isEqualTo("Lopes");
        assertThat(s.content().spans()).containsExactly(at(text, "We came to listen. We leave with a plan"));
        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
    }

    @Test
    void quoteContinuesInTheNextSentenceAfterTheCue() {
        String text = "\u201cWe came to listen,\u201d Lopes said. \u201cNow we leave with a plan.\u201d";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().spans()).containsExactly(at(text, "We came to listen"),
                at(text, "Now we leave with a plan"));
    }

    @Test
    void quotationAfterAnIndirectStatementKeepsItsSpeaker() {
        String text = "Lopes said the talks had been hard. \u201cWe will keep trying until the quota is fair.\u201d";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().spans()).containsExactly(at(text, "the talks had been hard"),
                at(text, "We will keep trying until the quota is fair"));
        assertThat(found.get(0).kind()).isEqualTo(StatementKind.MIXED);
    }

    @Test
    void passiveWithoutAgentHasNoSpeaker() {
        String text = "The fishing agreement is expected to be signed in June.";
        Statement s = extract(text).get(0);
        assertThat(s.cue().text()).isEqualTo("expected");
        assertThat(s.speaker()).isNull();
        assertThat(s.speakerCanonical()).isNull();
        assertThat(s.content().spans()).containsExactly(at(text, "The fishing agreement"),
                at(text, "to be signed in June"));
    }

    @Test
    void colonIntroducesTheNextParagraph() {
        String text = "In a speech on Monday, Lopes said:\n\nThe fishing fleets of both countries will share the quota.\n\nThe talks end today.";
        Statement s = extract(text).stream().filter(x -> x.cue().text().equals("said")).findFirst().orElseThrow();
        assertThat(s.speaker().text()).isEqualTo("Lopes");
        assertThat(s.content().spans()).containsExactly(at(text, "The fishing fleets of both countries will share the quota"));
    }

    @Test
    void dashSignedQuotation() {
        String text = "Readers wrote to us.\n\n\u201cThe quota plan is unfair to small boats.\u201d \u2015 Maria Reis\n";
        Statement s = extract(text).stream().filter(x -> x.cue().text().equals("\u2015")).findFirst().orElseThrow();
        assertThat(s.speaker().span()).isEqualTo(at(text, "Maria Reis"));
        assertThat(s.content().spans()).containsExactly(at(text, "The quota plan is unfair to small boats"));
    }

    /**
     * "continue" with an infinitive is no cue: "continues to grow" reports nothing, and in "continued to
     * insist that ..." the statement is the infinitive's.
     */
    @Test
    void aspectVerbWithAnInfinitiveIsNoCue() {
        assertThat(extract("Her lead in the fishing polls continues to grow.")).isEmpty();
        String text = "Lopes continued to insist that the quota was fair.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = withCue(found, text, at(text, "insist"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the quota was fair"));
    }

    /** A trailing "according to X" reports its whole clause; the verb inside it is no statement of its own. */
    @Test
    void cueInsideASourcingPhraseContent() {
        String text = "Lopes declined to renew the fishing contract, according to two people familiar with the talks.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = found.get(0);
        assertThat(s.cue().span()).isEqualTo(at(text, "according to"));
        assertThat(s.content().spans()).containsExactly(at(text, "Lopes declined to renew the fishing contract"));
    }

    /** A few words before an active cue are a fragment ("That is"), while a short parenthesised clause stays. */
    @Test
    void shortFragmentBeforeTheCue() {
        assertThat(extract("That is what the minister wrote last week.")).isEmpty();
        String text = "The port was busy, the minister said.";
        Statement said = withCue(extract(text), text, at(text, "said"));
        assertThat(said.speaker().span()).isEqualTo(at(text, "the minister"));
        assertThat(said.content().spans()).containsExactly(at(text, "The port was busy"));
        String sourced = "The ministry cancelled the fishing licences, according to a port official.";
        Statement s = withCue(extract(sourced), sourced, at(sourced, "according to"));
        assertThat(s.content().spans()).containsExactly(at(sourced, "The ministry cancelled the fishing licences"));
    }

    /** A capitalised quotation that a word runs into after the cue is a title, not more of the content. */
    @Test
    void quotedTitleAfterTheCueIsNotContent() {
        String text = "\u201cWe will win this state,\u201d Lopes said on the radio show \u201cMorning Talk.\u201d";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.content().spans()).containsExactly(at(text, "We will win this state"));
    }

    /** A noun-phrase content ends before the cue's occasion of speech or its channel. */
    @Test
    void nounPhraseContentStopsBeforeOccasionAndChannel() {
        String text = "Lopes praised the new trade agreement in an interview with a local newspaper. "
                + "Lopes denied the reports through a spokeswoman.";
        List<Statement> found = extract(text);
        Statement praised = withCue(found, text, at(text, "praised"));
        assertThat(praised.content().spans()).containsExactly(at(text, "the new trade agreement"));
        Statement denied = withCue(found, text, at(text, "denied"));
        assertThat(denied.speaker().span()).isEqualTo(at(text, "Lopes", text.indexOf("Lopes denied")));
        assertThat(denied.content().spans()).containsExactly(at(text, "the reports"));
    }

    /**
     * "said" whose reported clause the parser broke up, its subject left as the cue's object: the
     * object and what follows are the content.
     */
    @Test
    void objectOfSaidStartsAMisparsedClause() {
        String text = "Lesley Reis, a senior partner at a port consultancy, said the ''old model'' of private marinas "
                + "with high fees and ''very exclusive'' berths is in decline.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lesley Reis"));
        assertThat(s.content().spans()).containsExactly(at(text,
                "the ''old model'' of private marinas with high fees and ''very exclusive'' berths is in decline"));
    }

    /** '"...," said Lopes' with the speaker parsed as the cue's complement: the quotation is the content. */
    @Test
    void speakerParsedAsComplementAfterTheQuote() {
        String text = "\"The talks were useful and frank,\" said Lopes.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.content().spans()).containsExactly(at(text, "The talks were useful and frank"));
    }

    /** "..., said Reis, but ...": the speaker parsed as the object of a cue coordinated with the content. */
    @Test
    void invertedCueWithTheSpeakerParsedAsObject() {
        String text = "The fleet also lacks modern boats, said Reis, but its crews are skilled.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Reis"));
        assertThat(s.content().spans()).containsExactly(at(text, "The fleet also lacks modern boats"),
                at(text, "but its crews are skilled"));
    }

    /** "..., Reis said." hung on the content with no subject: the name right before the cue speaks. */
    @Test
    void speakerNextToACueWithoutSubject() {
        String text = "Even the big fleets, and the small boats too, are in trouble, Reis said.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Reis"));
        assertThat(s.content().spans())
                .containsExactly(at(text, "Even the big fleets, and the small boats too, are in trouble"));
    }

    /** An adjective complement with a subject of its own is the reported clause. */
    @Test
    void adjectiveComplementWithASubject() {
        String text = "Reis has said her new port might be 40 to 50 feet deep.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Reis"));
        assertThat(s.content().spans()).containsExactly(at(text, "her new port might be 40 to 50 feet deep"));
    }

    /** "Asked what ..., Reis replied": the question of a participle with no subject is a content with no source. */
    @Test
    void bareParticipleOfAskingHasNoSource() {
        String text = "Asked what a fair quota looks like, Reis replied: \"We are still far from that.\"";
        List<Statement> found = extract(text);
        Statement asked = withCue(found, text, at(text, "Asked"));
        assertThat(asked.speaker()).isNull();
        assertThat(asked.content().spans()).containsExactly(at(text, "what a fair quota looks like"));
        Statement replied = withCue(found, text, at(text, "replied"));
        assertThat(replied.speaker().span()).isEqualTo(at(text, "Reis"));
        assertThat(replied.content().spans()).containsExactly(at(text, "We are still far from that"));
    }

    /**
     * "Asked why, Lopes replied that ...": when the parser makes the main cue clause the participle's
     * own complement, the question stops before the speaker and the reply keeps its statement.
     */
    @Test
    void bareParticipleWhoseComplementIsTheMainCueClause() {
        String text = "Asked why, Lopes replied that the budget was short.";
        List<Statement> found = extract(text);
        Statement replied = withCue(found, text, at(text, "replied"));
        assertThat(replied.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(replied.content().spans()).containsExactly(at(text, "that the budget was short"));
        Statement asked = withCue(found, text, at(text, "Asked"));
        assertThat(asked.content().spans()).containsExactly(at(text, "why"));
    }

    /** "As X put it, ...": "put it" under "as" reports the clause it hangs on. */
    @Test
    void asSpeakerPutIt() {
        String text = "As the mayor of Lisbon put it, \"The new port will change the city.\"";
        Statement s = withCue(extract(text), text, at(text, "put"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "the mayor of Lisbon"));
        assertThat(s.content().spans()).containsExactly(at(text, "The new port will change the city"));
    }

    /** "made (it) clear that ...": the clause after the adjective is the content. */
    @Test
    void madeItClearReportsTheClause() {
        String text = "Reis made it clear that the port would open in May.";
        Statement s = withCue(extract(text), text, at(text, "made it clear"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Reis"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the port would open in May"));
    }

    /** "X drew criticism from Y for Z": X (and Z) is what Y criticised. */
    @Test
    void subjectOfReceivedCriticismIsTheContent() {
        String text = "The new port has drawn criticism from fishermen for its cost.";
        Statement s = withCue(extract(text), text, at(text, "drawn criticism"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "fishermen"));
        assertThat(s.content().spans()).containsExactly(at(text, "The new port"), at(text, "its cost"));
    }

    /** "X faced criticism of Y": X is the target of the criticism, never its source (no "criticism of" statement by X). */
    @Test
    void subjectOfReceivedCriticismIsNotTheSourceOfTheNounCue() {
        String text = "The ministry faced criticism of its quota plan from the unions.";
        List<Statement> found = extract(text);
        assertThat(found).noneMatch(st -> st.speaker() != null && st.speaker().span().equals(at(text, "The ministry")));
        Statement s = withCue(found, text, at(text, "faced criticism"));
        assertThat(s.content().spans()).containsExactly(at(text, "The ministry"));
    }

    /** "cast X as Y" is a cue only with its "as" phrase, which is content with the object. */
    @Test
    void castObjectAsComplement() {
        String text = "Lopes cast the port as a gift to the shipping companies. Lopes cast a vote.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = withCue(found, text, at(text, "cast"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.content().spans()).containsExactly(at(text, "the port as a gift to the shipping companies"));
    }

    /** "..., the local paper reported.": a sentence-final speaker and cue report the whole clause before the comma. */
    @Test
    void trailingSpeakerAndCueReportTheClauseBefore() {
        String text = "The ferry was headed to Faro for repairs, the local paper reported.";
        Statement s = withCue(extract(text), text, at(text, "reported"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "the local paper"));
        assertThat(s.content().spans()).containsExactly(at(text, "The ferry was headed to Faro for repairs"));
    }

    /** The parser cut the clause before a trailing "he added" short: the whole clause is still the content. */
    @Test
    void trailingCueTakesTheWholeClauseTheParserCutShort() {
        String text = "The mayor, who is not taking money from the shipping firms, fits that bill for many voters, he added.";
        Statement s = withCue(extract(text), text, at(text, "added"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "he", text.indexOf("he added")));
        assertThat(s.content().spans()).containsExactly(
                at(text, "The mayor, who is not taking money from the shipping firms, fits that bill for many voters"));
    }

    /** "..., a source said." reports the whole clause before it, a cue inside it included. */
    @Test
    void trailingCueReportsACueInsideItsClause() {
        String text = "The harbour master decided to close the port for a week, a source said.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        Statement s = withCue(found, text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "a source"));
        assertThat(s.content().spans()).containsExactly(at(text, "The harbour master decided to close the port for a week"));
    }

    /** "argued [the port] needed ...": a clause without "that" whose subject the parser made the cue's object. */
    @Test
    void clauseWithoutThatBrokenAfterTheObject() {
        String text = "Lopes criticized the quota and argued the port needed more boats.";
        Statement s = withCue(extract(text), text, at(text, "argued"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.content().spans()).containsExactly(at(text, "the port needed more boats"));
    }

    /** "According to X: ..." with X parsed as the sentence's root: what follows the colon is the content. */
    @Test
    void accordingToSourceParsedAsTheRoot() {
        String text = "According to Tide Radio: \"The port will close in May.\"";
        Statement s = withCue(extract(text), text, at(text, "According to"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Tide Radio"));
        assertThat(s.content().spans()).containsExactly(at(text, "The port will close in May"));
    }

    /** "before adding that ...": a gerund of saying after a preposition, parsed as a noun, still reports its clause. */
    @Test
    void gerundAfterAPrepositionReportsTheClauseAfterIt() {
        String text = "Lopes closed the debate before adding that the quota was unfair.";
        Statement s = withCue(extract(text), text, at(text, "adding"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "Lopes"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the quota was unfair"));
    }

    /** "After saying ..., the skipper left": the phrase opening the sentence ends at its comma; the main subject speaks. */
    @Test
    void gerundPhraseOpeningTheSentenceEndsAtItsComma() {
        String text = "After saying he was tired of the delays, the skipper left the harbour.";
        Statement s = withCue(extract(text), text, at(text, "saying"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "the skipper"));
        assertThat(s.content().spans()).containsExactly(at(text, "he was tired of the delays"));
    }

    @Test
    void textWithoutAttributionGivesNothing() {
        assertThat(extract("The sun rose over the harbour. Ships came and went all day.")).isEmpty();
    }

    /** "said A, but that B": a second complement clause after "but" is more of the same content. */
    @Test
    void butBeforeASecondThatClauseKeepsItInTheContent() {
        String text = "The minister said that the talks had stalled, but that a deal was still possible.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.content().spans()).containsExactly(
                at(text, "that the talks had stalled, but that a deal was still possible"));
    }

    /** "said A, but not B": a verbless conjunct after "but" is part of the content too. */
    @Test
    void butBeforeAVerblessConjunctKeepsItInTheContent() {
        String text = "The minister said that the talks had stalled, but not the trade deal.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the talks had stalled, but not the trade deal"));
    }

    /** "said A, but Y did B": a "but" clause with its own subject is the narrator's, not the speaker's. */
    @Test
    void butBeforeAClauseWithItsOwnSubjectEndsTheContent() {
        String text = "The minister said that the talks had stalled, but the unions blamed the employers.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the talks had stalled"));
    }

    /** A cue inside a relative clause: the relative pronoun stands for part of the content and opens it. */
    @Test
    void relativePronounBeforeTheSpeakerOpensTheContent() {
        String text = "The port will receive new cranes, which officials said would arrive in March.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "officials"));
        assertThat(s.content().spans()).containsExactly(at(text, "which"), at(text, "would arrive in March"));
    }

    /** "in what Lopes called X": "what" after a preposition still stands for the content. */
    @Test
    void freeRelativeAfterAPrepositionOpensTheContent() {
        String text = "The farms were closed in what Lopes called a shameful decision.";
        Statement s = withCue(extract(text), text, at(text, "called"));
        assertThat(s.content().spans()).containsExactly(at(text, "what"), at(text, "a shameful decision"));
    }

    /** "in which she said X": the pronoun of a preposition is the occasion of the cue, not content. */
    @Test
    void relativePronounOfAPrepositionIsNotContent() {
        String text = "She gave a speech in which she said the port would close.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "the port would close"));
    }

    /** ", a change that ...": a closing apposition with a clause of its own is the narrator's comment. */
    @Test
    void commentingAppositionAtTheEndIsNotContent() {
        String text = "Lopes said that the tax would rise by two percent, a change that would hit small farms hard.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.content().spans()).containsExactly(at(text, "that the tax would rise by two percent"));
    }

    /** An apposition naming someone stays in the content, as annotators keep it. */
    @Test
    void namingAppositionAtTheEndStaysInTheContent() {
        String text = "Lopes said that the tax would rise by two percent, Ana Reis, the finance minister.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.content().spans()).containsExactly(
                at(text, "that the tax would rise by two percent, Ana Reis, the finance minister"));
    }

    /** A quotation opening a later sentence of the same paragraph, with no cue before it, goes on with the speaker. */
    @Test
    void quotationLaterInTheParagraphGoesOnWithTheStatement() {
        String text = "\"The harbour is full,\" said Ana Lopes, a port official. She has worked there for ten years."
                + " \"We need a second quay.\"";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().spans()).containsExactly(at(text, "The harbour is full"),
                at(text, "We need a second quay"));
    }

    /** A bare noun before a parenthetical cue, made the root by the parser, is the content's first part. */
    @Test
    void bareNounBeforeAParentheticalCueOpensTheContent() {
        String text = "Courage, Reis noted, had long been a virtue of the fishermen.";
        Statement s = withCue(extract(text), text, at(text, "noted"));
        assertThat(s.content().spans()).containsExactly(at(text, "Courage"),
                at(text, "had long been a virtue of the fishermen"));
    }

    /** An opening adverbial clause of a sentence-final cue is not what was said. */
    @Test
    void openingAdverbialClauseOfATrailingCueIsNoContent() {
        for (String text : List.of("After the factory closed, the workers' union protested.",
                "Because the port was closed, the fishermen protested.")) {
            assertThat(extract(text)).as(text).noneMatch(st -> st.content().text().startsWith("After")
                    || st.content().text().startsWith("Because"));
        }
    }

    /** The trailing speaker phrase ends at its noun, and may carry a prepositional phrase. */
    @Test
    void trailingSpeakerPhraseEndsAtItsNoun() {
        String text = "The ferry was headed to Faro for repairs, the local paper later reported.";
        Statement s = withCue(extract(text), text, at(text, "reported"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "the local paper"));
        assertThat(s.content().spans()).containsExactly(at(text, "The ferry was headed to Faro for repairs"));
        String close = "The ferry was headed to Faro for repairs, a spokesman for the owner said.";
        Statement t = withCue(extract(close), close, at(close, "said"));
        assertThat(t.speaker().text()).startsWith("a spokesman");
        assertThat(t.content().spans()).containsExactly(at(close, "The ferry was headed to Faro for repairs"));
    }

    /** A speech gerund after a preposition: a verb that governs it is no clause of its own. */
    @Test
    void speechGerundGovernedByTheNextVerbHasNoContent() {
        String goodbye = "After saying goodbye she left the room, and her mother cried.";
        assertThat(extract(goodbye)).noneMatch(st -> st.cue().span().equals(at(goodbye, "saying")));
    }

    /** A content stops before another source's statement set against it ("while his rivals said ..."). */
    @Test
    void contentStopsBeforeAContrastingStatementOfAnotherSource() {
        String gerund = "He angered voters by saying the tax was fair while his rivals said it was not.";
        assertThat(extract(gerund)).noneMatch(st -> st.content().text().contains("his rivals said"));
        String text = "He said the tax was fair while his rivals said it was not.";
        List<Statement> found = extract(text);
        assertThat(withCue(found, text, at(text, "said")).content().spans()).containsExactly(at(text, "the tax was fair"));
        assertThat(withCue(found, text, at(text, "said", 30)).speaker().span()).isEqualTo(at(text, "his rivals"));
    }

    /** Another person's sentence between two quotations stops the first speaker's continuation. */
    @Test
    void anotherPersonBetweenQuotationsStopsTheContinuation() {
        String text = "\"We will not stop,\" said Lopes, a nurse. Her colleague Ana Reis disagreed. \"This is a mistake.\"";
        assertThat(extract(text)).noneMatch(st -> st.speaker() != null && st.speaker().text().contains("Lopes")
                && st.content().text().contains("This is a mistake"));
    }

    /** Appositions describing a person or a named thing stay in the content. */
    @Test
    void appositionsAboutAPersonOrANamedThingStay() {
        String nurse = "She said the ward was run by her cousin, a nurse who trained in Lisbon.";
        assertThat(withCue(extract(nurse), nurse, at(nurse, "said")).content().text())
                .contains("a nurse who trained in Lisbon");
        String atlas = "He said the deal was blocked by Atlas, the company that owns the port.";
        assertThat(withCue(extract(atlas), atlas, at(atlas, "said")).content().text())
                .contains("the company that owns the port");
    }

    /** The "what" of a pseudo-cleft is not part of what was said. */
    @Test
    void pseudoCleftWhatIsNoContent() {
        String text = "What the minister said was that the port would close.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.content().spans()).doesNotContain(at(text, "What"));
    }

    /** A country with an apposition is still the speaker; only a dateline before a dash gives way. */
    @Test
    void aPlaceWithAnAppositionStaysTheSpeaker() {
        String text = "China, the world's largest emitter, said on Monday it would cut coal use.";
        Statement s = withCue(extract(text), text, at(text, "said"));
        assertThat(s.speaker().span()).isEqualTo(at(text, "China"));
    }

    /** A participle on a person, or on what the subject received, speaks for that noun, not the subject. */
    @Test
    void aParticipleOnAPersonOrAReceivedNoteIsNotTheSubjectsStatement() {
        for (String text : List.of("Police arrested a man shouting that the building would explode.",
                "The committee received a letter warning that the budget would fail.")) {
            assertThat(extract(text)).as(text).noneMatch(st -> st.speaker() != null
                    && (st.speaker().text().equals("Police") || st.speaker().text().equals("The committee")));
        }
    }

    /** A pronoun in the reported clause that does not agree with the reporter is not the reporter. */
    @Test
    void aReportedClausePronounMustAgreeWithTheReporter() {
        String text = "Witnesses said he shouted at the guards and called them cowards.";
        assertThat(extract(text)).noneMatch(st -> st.cue().text().equals("called") && st.speaker() != null
                && st.speaker().text().equals("Witnesses"));
    }

    /** A comma-set participle on the subject of a passive speaks for that subject, not the agent. */
    @Test
    void aCommaSetParticipleOnAPassiveSubjectIsTheSubjects() {
        String text = "A man, shouting that the building would explode, was arrested by police.";
        assertThat(extract(text)).noneMatch(st -> st.speaker() != null && st.speaker().text().equals("police"));
    }

    /** After a quoted phrase, a coordinated verb's object is no inverted speaker. */
    @Test
    void aCoordinatedVerbAfterAQuotedPhraseHasNoInvertedSpeaker() {
        String text = "Lopes called the bill \"a disaster,\" criticized the governor and vowed to fight it.";
        assertThat(extract(text)).noneMatch(st -> st.speaker() != null && st.speaker().text().contains("governor"));
    }
}
