package org.entente.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.lexicon.LexiconSource;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Cooperative and conflictual news-style statements written for Entente (not from any data set),
 * as a regression guard beside the development set: the lexicon must keep reading most of them
 * right. A few are known misses (an event no entry names, e.g. warplanes entering an air zone).
 */
class StanceFixturesTest {

    private static final StanceScorer SCORER = StanceScorer.load(LexiconSource.bundled());
    private static final Tokenizer TOKENIZER = new Tokenizer();

    record Fixture(StanceLabel label, String text) {
    }

    static final List<Fixture> FIXTURES = List.of(
            new Fixture(StanceLabel.COOPERATIVE, "Japan and India signed a memorandum on maritime security cooperation on Monday, officials said."),
            new Fixture(StanceLabel.COOPERATIVE, "Germany pledged 500 million euros in reconstruction aid for Ukraine."),
            new Fixture(StanceLabel.COOPERATIVE, "The two leaders agreed to resume direct flights between their capitals."),
            new Fixture(StanceLabel.COOPERATIVE, "Kenya has offered to mediate between the warring parties in South Sudan."),
            new Fixture(StanceLabel.COOPERATIVE, "Canada will send 200 doctors to help Haiti cope with the cholera outbreak, the health minister said."),
            new Fixture(StanceLabel.COOPERATIVE, "The Philippines released 12 Vietnamese fishermen detained last month, the foreign ministry said."),
            new Fixture(StanceLabel.COOPERATIVE, "Spain and Morocco held talks in Rabat on migration and trade."),
            new Fixture(StanceLabel.COOPERATIVE, "Norway praised Colombia's government for its commitment to the peace process."),
            new Fixture(StanceLabel.COOPERATIVE, "Chile and Peru restored diplomatic relations after a two-year freeze."),
            new Fixture(StanceLabel.COOPERATIVE, "The European Union lifted its arms embargo on Libya on Tuesday."),
            new Fixture(StanceLabel.COOPERATIVE, "Qatar thanked Kuwait for its efforts to end the Gulf crisis."),
            new Fixture(StanceLabel.COOPERATIVE, "Indonesia welcomed the decision by Australia to reopen its embassy in Jakarta."),
            new Fixture(StanceLabel.COOPERATIVE, "Vietnam is ready to deepen its comprehensive partnership with Russia, the president said."),
            new Fixture(StanceLabel.COOPERATIVE, "Iraq agreed to allow U.N. inspectors to return to suspected weapons sites."),
            new Fixture(StanceLabel.COOPERATIVE, "Turkey and Greece have agreed to hold a new round of exploratory talks next month."),
            new Fixture(StanceLabel.CONFLICTUAL, "Pakistan accused India of violating the ceasefire along the Line of Control."),
            new Fixture(StanceLabel.CONFLICTUAL, "Venezuela expelled the German ambassador on Wednesday, the foreign ministry said."),
            new Fixture(StanceLabel.CONFLICTUAL, "Russia warned Finland against joining NATO, saying it would respond with military measures."),
            new Fixture(StanceLabel.CONFLICTUAL, "The United States imposed new sanctions on Iranian oil exports on Thursday."),
            new Fixture(StanceLabel.CONFLICTUAL, "Ethiopia rejected Egypt's proposal for international arbitration over the dam."),
            new Fixture(StanceLabel.CONFLICTUAL, "Protesters burned Israeli flags outside the embassy in Amman on Friday."),
            new Fixture(StanceLabel.CONFLICTUAL, "North Korea fired two ballistic missiles into the sea off its east coast, Seoul said."),
            new Fixture(StanceLabel.CONFLICTUAL, "China condemned the arms sale to Taiwan as a gross interference in its internal affairs."),
            new Fixture(StanceLabel.CONFLICTUAL, "Armenian and Azerbaijani troops clashed on the border overnight, killing four soldiers."),
            new Fixture(StanceLabel.CONFLICTUAL, "Serbia refused to recognize the independence of Kosovo."),
            new Fixture(StanceLabel.CONFLICTUAL, "The opposition demanded the immediate resignation of the interior minister."),
            new Fixture(StanceLabel.CONFLICTUAL, "Thousands of workers went on strike in Nigeria to protest fuel price rises."),
            new Fixture(StanceLabel.CONFLICTUAL, "Police arrested 30 opposition activists in Minsk on Sunday."),
            new Fixture(StanceLabel.CONFLICTUAL, "Saudi Arabia recalled its ambassador from Canada and froze new trade."),
            new Fixture(StanceLabel.CONFLICTUAL, "Britain has threatened to walk away from the talks if the European Union does not compromise."),
            new Fixture(StanceLabel.CONFLICTUAL, "Iran said it will not negotiate with the United States under pressure."),
            new Fixture(StanceLabel.CONFLICTUAL, "The Sudanese army shelled rebel positions near the border with Chad."),
            new Fixture(StanceLabel.COOPERATIVE, "France will not oppose Ukraine's bid to join the European Union, the minister said."),
            new Fixture(StanceLabel.CONFLICTUAL, "The United Nations launched an inquiry into alleged war crimes by Syrian government forces."),
            new Fixture(StanceLabel.COOPERATIVE, "Brazil and Argentina announced a joint plan to fight deforestation in the Amazon."),
            new Fixture(StanceLabel.COOPERATIVE, "The Red Cross delivered food and medicine to besieged towns in Yemen."),
            new Fixture(StanceLabel.COOPERATIVE, "Thailand agreed to extradite the suspect to Cambodia."),
            new Fixture(StanceLabel.COOPERATIVE, "India congratulated Sri Lanka's new president and promised close cooperation."),
            new Fixture(StanceLabel.COOPERATIVE, "The Egyptian foreign minister met his Israeli counterpart in Cairo on Sunday."),
            new Fixture(StanceLabel.COOPERATIVE, "Nepal has granted asylum to 40 Tibetan refugees, officials said."),
            new Fixture(StanceLabel.COOPERATIVE, "Mexico and the United States reached a deal on border security on Friday."),
            new Fixture(StanceLabel.COOPERATIVE, "Serbia and Kosovo resumed talks under EU mediation in Brussels."),
            new Fixture(StanceLabel.COOPERATIVE, "The Chinese premier arrived in Berlin for a three-day visit."),
            new Fixture(StanceLabel.COOPERATIVE, "Poland offered to host the next round of peace talks."),
            new Fixture(StanceLabel.COOPERATIVE, "Ghana lifted a ban on poultry imports from Nigeria."),
            new Fixture(StanceLabel.COOPERATIVE, "The IMF approved a 3 billion dollar loan to Pakistan."),
            new Fixture(StanceLabel.CONFLICTUAL, "Hungary vetoed the EU's proposed aid package for Ukraine."),
            new Fixture(StanceLabel.CONFLICTUAL, "Israeli jets struck targets in Gaza overnight, the army said."),
            new Fixture(StanceLabel.CONFLICTUAL, "The government accused foreign journalists of spreading lies."),
            new Fixture(StanceLabel.CONFLICTUAL, "Colombian rebels kidnapped three oil workers near the Venezuelan border."),
            new Fixture(StanceLabel.CONFLICTUAL, "Georgia said Russian troops had moved the border fence deeper into its territory."),
            new Fixture(StanceLabel.CONFLICTUAL, "Lithuania closed two border crossings with Belarus."),
            new Fixture(StanceLabel.CONFLICTUAL, "The Kremlin dismissed the allegations as absurd."),
            new Fixture(StanceLabel.CONFLICTUAL, "Morocco summoned the Spanish ambassador to protest the remarks."),
            new Fixture(StanceLabel.CONFLICTUAL, "South Korea criticized Japan's decision to release treated water into the sea."),
            new Fixture(StanceLabel.CONFLICTUAL, "Taiwan said Chinese warplanes had entered its air defence zone."),
            new Fixture(StanceLabel.CONFLICTUAL, "Algeria cut diplomatic ties with Morocco on Tuesday."),
            new Fixture(StanceLabel.CONFLICTUAL, "The rebels vowed to continue fighting until the government falls."),
            new Fixture(StanceLabel.CONFLICTUAL, "Protesters in Hong Kong clashed with police outside the legislature."),
            new Fixture(StanceLabel.CONFLICTUAL, "The United States froze the assets of three Russian banks."),
            new Fixture(StanceLabel.CONFLICTUAL, "Iran seized a British-flagged tanker in the Strait of Hormuz."),
            new Fixture(StanceLabel.CONFLICTUAL, "Bolivia's government ordered the arrest of the former president."),
            // third batch
            new Fixture(StanceLabel.COOPERATIVE, "The two governments agreed in principle to exchange ambassadors by the end of the year."),
            new Fixture(StanceLabel.COOPERATIVE, "Uruguay said it would accept 50 detainees from the camp on humanitarian grounds."),
            new Fixture(StanceLabel.COOPERATIVE, "The rebels said they were willing to hold talks with the government in Nairobi."),
            new Fixture(StanceLabel.COOPERATIVE, "Oman's foreign minister said Muscat would be happy to host the negotiations."),
            new Fixture(StanceLabel.COOPERATIVE, "The opposition leader accepted the president's invitation to a national dialogue."),
            new Fixture(StanceLabel.CONFLICTUAL, "The foreign ministry demanded that Britain explain the presence of its warship in the area."),
            new Fixture(StanceLabel.CONFLICTUAL, "Students insisted that the rector resign immediately."),
            new Fixture(StanceLabel.CONFLICTUAL, "The union called for a nationwide strike to press its demands for higher wages."),
            new Fixture(StanceLabel.CONFLICTUAL, "Washington told Pyongyang to stop its missile tests or face further isolation."),
            new Fixture(StanceLabel.CONFLICTUAL, "Ecuador turned down a Colombian request to extradite the former minister."),
            new Fixture(StanceLabel.CONFLICTUAL, "The junta spurned mediation offers from its West African neighbours."),
            new Fixture(StanceLabel.CONFLICTUAL, "Iceland rejected the fishing quotas proposed by the European Commission."),
            new Fixture(StanceLabel.CONFLICTUAL, "The president vetoed a bill that would have allowed foreign troops on national soil."),
            new Fixture(StanceLabel.CONFLICTUAL, "Turkey threatened to block Sweden's entry into NATO."),
            new Fixture(StanceLabel.CONFLICTUAL, "Beijing warned of countermeasures if the visit goes ahead."),
            new Fixture(StanceLabel.CONFLICTUAL, "Pakistan said it would respond forcefully to any Indian aggression."),
            new Fixture(StanceLabel.CONFLICTUAL, "The militia vowed to attack any foreign troops entering the province."),
            new Fixture(StanceLabel.CONFLICTUAL, "Thousands marched through the capital to protest against the new security law."),
            new Fixture(StanceLabel.CONFLICTUAL, "Farmers blocked highways with tractors to protest against cheap imports from Ukraine."),
            new Fixture(StanceLabel.CONFLICTUAL, "Hundreds of lawyers staged a sit-in outside the supreme court in Islamabad."),
            new Fixture(StanceLabel.CONFLICTUAL, "Opposition deputies walked out of parliament in protest at the budget."),
            new Fixture(StanceLabel.CONFLICTUAL, "The Kenyan government deported two Ugandan activists on Friday."),
            new Fixture(StanceLabel.CONFLICTUAL, "Moscow ordered 23 British diplomats to leave the country within a week."),
            new Fixture(StanceLabel.CONFLICTUAL, "Gunmen opened fire on a bus carrying pilgrims, killing 14 people."),
            new Fixture(StanceLabel.COOPERATIVE, "Kazakhstan and Uzbekistan signed an agreement on sharing water from the Syr Darya."),
            new Fixture(StanceLabel.COOPERATIVE, "South Africa will send 1,000 troops to join the peacekeeping mission in Congo."),
            new Fixture(StanceLabel.COOPERATIVE, "The Saudi crown prince received the Iraqi prime minister in Riyadh."));

    @Test
    void mostFixturesGetTheirLabel() {
        List<String> wrong = new ArrayList<>();
        for (Fixture f : FIXTURES) {
            StanceScore s = SCORER.score(f.text(), TOKENIZER.tokenize(f.text()), List.of());
            if (s.label() != f.label()) {
                wrong.add(f.label() + " <- " + s + " : " + f.text());
            }
        }
        assertThat(FIXTURES).hasSizeGreaterThanOrEqualTo(85);
        assertThat(wrong).as("misread fixtures").hasSizeLessThanOrEqualTo(FIXTURES.size() / 20);
    }

    @Test
    void noFixtureFlipsDirection() {
        for (Fixture f : FIXTURES) {
            StanceScore s = SCORER.score(f.text(), TOKENIZER.tokenize(f.text()), List.of());
            StanceLabel opposite = f.label() == StanceLabel.COOPERATIVE ? StanceLabel.CONFLICTUAL : StanceLabel.COOPERATIVE;
            assertThat(s.label()).as("%s -> %s", f.text(), s).isNotEqualTo(opposite);
        }
    }
}
