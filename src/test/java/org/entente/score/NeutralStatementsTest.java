package org.entente.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.entente.lexicon.LexiconSource;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements with no cooperation or conflict event (plain reports, domestic policy, predictions,
 * the fight against a disease) must come out NEUTRAL. The development set has no neutral rows, so
 * these fixtures are the guard against a lexicon that reads every statement as an event.
 */
class NeutralStatementsTest {

    private static final StanceScorer SCORER = StanceScorer.load(LexiconSource.bundled());
    private static final Tokenizer TOKENIZER = new Tokenizer();

    static final List<String> NEUTRAL = List.of(
            "The economy grew by 2.3 percent in the third quarter, the statistics office said on Friday.",
            "Unemployment is expected to fall slightly next year as exports recover, the central bank said.",
            "The ministry will publish its annual budget report in March.",
            "Inflation eased to 3.1 percent in October from 3.4 percent in September.",
            "The government plans to raise the retirement age to 67 by 2030.",
            "Heavy rain is forecast for the northern provinces over the weekend, the weather service said.",
            "The new high-speed rail line between the two cities will open in December.",
            "Chile's new measures are producing good results.",
            "The storm's damage to the harvest should be short-lived.",
            "Analysts predict that oil prices will remain above 80 dollars a barrel through the winter.",
            "The prime minister will travel to the coast on Thursday to inspect flood defences.",
            "Turnout in Sunday's regional elections was 61 percent, election officials said.",
            "The finance minister said tax revenue rose by 4 percent compared with last year.",
            "The company reported a quarterly profit of 1.2 billion dollars, beating forecasts.",
            "Schools will reopen on Monday after the summer holidays, the education ministry announced.",
            "The parliament is due to vote on the pension bill next week.",
            "France's population rose to 68 million last year, according to the national statistics institute.",
            "The minister said the country will achieve this year's goals for economic and social development.",
            "Japan's exports to Asia rose 5 percent in May, customs data showed.",
            "The central bank kept its benchmark interest rate unchanged at 4.5 percent.",
            "The president will deliver his annual address to the nation on Wednesday evening.",
            "The city council approved a plan to build 5,000 new homes over the next decade.",
            "Scientists said the new telescope had captured the most detailed images yet of a distant galaxy.",
            "The health ministry said 1,200 new cases of influenza were recorded last week.",
            "The airline expects passenger numbers to return to pre-pandemic levels by next summer.",
            "The government announced a new program of subsidies for domestic solar panel makers.",
            "Officials said the census results would be released in the spring.",
            "The national team will play its first qualifying match in Madrid on Saturday.",
            "German industrial output fell 0.8 percent in August, the economy ministry said.",
            "The opposition leader said she would run for president in the next election.",
            "The new museum of modern art opened its doors to the public on Sunday.",
            "The minister said the harvest was expected to be the largest in a decade.",
            "The report said the country's population is ageing faster than previously estimated.",
            "Retail sales in Britain rose for a third consecutive month in June.",
            "The cabinet discussed the draft law on renewable energy at its weekly session.",
            "The storm killed 12 people and left thousands without power, officials said.",
            "After the floods, a nationwide drive against cholera began in the provinces.",
            "Our nurses will win the battle against the flu, the minister said.",
            "Brazil's coffee harvest is expected to reach a record 70 million bags this season.",
            "The spokesman said the ministry had no comment on the media reports.",
            "India's software exports are forecast to grow by about 10 percent this year.",
            "The governor said the state would spend 2 billion dollars on new roads and bridges.",
            "Officials expect the new vaccine to be available in pharmacies by the end of the year.",
            "The president appointed a new finance minister on Tuesday, the presidency said.",
            "The bank said it supports its customers with new digital services.",
            "The government supports its farmers with subsidies during the drought.",
            "Police are investigating the cause of the fire that destroyed a warehouse on Monday.",
            "Egypt's tourism revenue reached 13 billion dollars last year, the tourism minister said.",
            // written after the lexicon, as probes of words with a non-event sense
            "Demand for oil rose faster than expected in the first half of the year, the agency said.",
            "Economists warned that growth could slow sharply next year.",
            "The company declined to comment on the report.",
            "Most analysts agree that interest rates will stay high until the spring.",
            "A spokesman for the ministry said the minister would attend the conference in Vienna next week.",
            "The summit of the two parties' youth wings will take place in June.",
            "Wage pressure remains strong in the services sector, the central bank said.",
            "Officials said the new bridge would help reduce traffic in the city centre.",
            "The government said it would provide more details about the budget on Monday.",
            "Residents were evacuated ahead of the hurricane, local officials said.",
            "The museum welcomed more than a million visitors last year.",
            "The prime minister's office said he had a heart attack but was recovering.",
            "The minister said the reform would allow companies to hire more young people.",
            "Voters in Chile will go to the polls on Sunday to elect a new president.",
            "The election commission said the results would be announced on Thursday.",
            "The finance ministry expects the budget deficit to narrow to 3 percent of GDP.",
            "Officials issued a heat alert for the southern regions.",
            "The talks between the union and the employers will continue next week.",
            "The new law bans smoking in restaurants and bars from January.",
            "Police said the explosion at the factory was caused by a gas leak.",
            "The Japanese yen weakened against the dollar on Monday.",
            "The minister said the country would need more engineers in the coming decade.",
            "Russian wheat exports are expected to reach a record this season, traders said.",
            "The court will deliver its verdict in the fraud case on Friday.",
            "The government offered tax breaks to young families buying their first home.",
            // plain reports that name countries and organisations (all neutral at first sight)
            "France's foreign minister said the situation in the region remained complex.",
            "China's exports to the United States rose 7 percent in April, customs data showed.",
            "Russia's central bank kept its key rate at 16 percent on Friday.",
            "The German chancellor said the country faced difficult choices on energy.",
            "Indian officials said the monsoon rains arrived a week earlier than usual.",
            "The Brazilian president said he was confident the economy would grow this year.",
            "A spokesman for the European Commission said the figures would be published on Tuesday.",
            "Turkey's lira fell to a record low against the dollar on Monday.",
            "The Iranian oil minister said production had reached 3.4 million barrels a day.",
            "Mexican officials said tourism had fully recovered from the pandemic.",
            "Australia's population passed 27 million for the first time, the statistics bureau said.",
            "Kenyan authorities said the new airport terminal would open next year.",
            "The Nigerian president said the country's future depends on its young people.",
            "South Korea's jobless rate held steady at 2.7 percent in May.",
            "The Canadian government said wildfires had burned more than 10 million hectares this year.",
            "Poland's prime minister said the election would be held on October 15.",
            "Egyptian officials expect the Suez Canal revenue to rise this year.",
            "The United Nations said the world population would reach 8 billion in November.",
            "The Spanish king opened the new session of parliament on Tuesday.",
            "The World Health Organization said the number of measles cases rose in Europe last year.");

    static Stream<String> neutral() {
        return NEUTRAL.stream();
    }

    private static StanceScore score(String text) {
        return SCORER.score(text, TOKENIZER.tokenize(text), List.of());
    }

    @ParameterizedTest
    @MethodSource("neutral")
    void isNeutral(String text) {
        StanceScore s = score(text);
        assertThat(s.label()).as("%s -> %s", text, s).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(Math.abs(s.score())).isLessThan(StanceScorer.THRESHOLD);
        assertThat(s.counterpart()).isNull();
    }

    @Test
    void thereAreEnoughFixtures() {
        assertThat(NEUTRAL).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @Test
    void neutralisedEntriesStillShowWhyInTheEvidence() {
        StanceScore s = score("The storm killed 12 people and left thousands without power, officials said.");
        assertThat(s.evidence()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("ASSAULT");
            assertThat(e.contribution()).isZero();
            assertThat(e.modifiers()).anySatisfy(m -> assertThat(m).contains("no actor").contains("storm"));
        });
    }
}
