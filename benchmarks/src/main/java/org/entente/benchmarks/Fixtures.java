package org.entente.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Statements and articles written for the benchmarks (made up; no third-party text). */
final class Fixtures {

    /** {@code STATEMENTS.size()}, a constant for {@code @OperationsPerInvocation}. */
    static final int STATEMENT_COUNT = 40;

    /** {@code ARTICLES.size()}, a constant for {@code @OperationsPerInvocation}. */
    static final int ARTICLE_COUNT = 3;

    private Fixtures() {
    }

    /**
     * The statements of {@code source}: {@code fixtures} for {@link #STATEMENTS}, else the path of
     * a UTF-8 CSV file with a header and a {@code text} column (e.g. a tone or stance dev file).
     */
    static List<String> statements(String source) {
        if (source.equals("fixtures")) {
            return STATEMENTS;
        }
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(rec.get("text"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + ": no statements");
        }
        return List.copyOf(out);
    }

    /**
     * The articles of {@code source}: {@code fixtures} for {@link #ARTICLES}, else a directory whose
     * {@code .txt} files (UTF-8, name order) are the articles (e.g. ../shared/data/polnear/dev).
     */
    static List<String> articles(String source) {
        if (source.equals("fixtures")) {
            return ARTICLES;
        }
        try (Stream<Path> files = Files.list(Path.of(source))) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException(source + ": no .txt files");
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails if a fixture list and its count constant disagree. */
    static void checkCounts() {
        if (STATEMENTS.size() != STATEMENT_COUNT || ARTICLES.size() != ARTICLE_COUNT) {
            throw new IllegalStateException("fixture counts out of date: " + STATEMENTS.size() + " statements, "
                    + ARTICLES.size() + " articles");
        }
    }

    /** Short statement contents of the kind Entente scores, mixed in tone and stance. */
    static final List<String> STATEMENTS = List.of(
            "Kenya stands ready to work with Brazil to deepen trade cooperation",
            "the two sides agreed to strengthen dialogue on trade and climate",
            "Brazil will not accept any interference in its internal affairs",
            "the talks were frank, constructive and very productive",
            "sanctions against the port would only escalate the crisis",
            "we strongly condemn the attack on the aid convoy",
            "both governments remain firmly committed to the peace process",
            "the ministry rejected the accusations as baseless and hostile",
            "Kenya and Ethiopia signed a memorandum on water sharing",
            "the new tariffs are a serious threat to regional stability",
            "our partnership has never been stronger",
            "he did not rule out military action if the blockade continued",
            "the summit was a historic opportunity for reconciliation",
            "the delegation walked out of the meeting in protest",
            "there is no alternative to negotiation and mutual respect",
            "the proposal is unacceptable and will be vetoed",
            "Japan welcomed the decision to resume direct flights",
            "the embargo has caused immense suffering for ordinary people",
            "we hope to reach a fair agreement before the end of the year",
            "the government expelled two diplomats over spying allegations",
            "Canada offered emergency assistance to the flood victims",
            "this reckless provocation will not go unanswered",
            "the agreement is not perfect, but it is a good start",
            "relations have deteriorated sharply since the border clash",
            "the ministers praised the close coordination between their navies",
            "Italy warned that the deal could collapse without more funding",
            "the council voted to lift the restrictions on grain exports",
            "the opposition accused the president of betraying the alliance",
            "a joint task force will investigate the smuggling network",
            "nobody benefits from a trade war",
            "the statement was cautious and avoided any firm commitment",
            "Norway pledged to double its contribution to the relief fund",
            "the army threatened to retaliate against any incursion",
            "the leaders expressed deep gratitude for the warm hospitality",
            "the dispute over fishing rights remains unresolved",
            "we will never abandon our allies",
            "Egypt called for an immediate ceasefire and humanitarian access",
            "the report was deeply disappointing and failed to address the problem",
            "the two countries will hold joint exercises next spring",
            "the negotiations broke down after the envoy was recalled");

    /** Short news articles with attributed statements, for {@code analyze}. */
    static final List<String> ARTICLES = List.of(
            """
            Lisbon and Rabat sign port agreement

            LISBON, May 2 - Portugal and Morocco signed an agreement on Friday to build a shared container \
            terminal, officials said.

            Portuguese Economy Minister Rui Matos said that the project would create thousands of jobs on \
            both sides of the strait. "This is a partnership between equals," he told reporters.

            The terminal will cut shipping times by a third, Moroccan envoy Leila Bennani said, adding that \
            talks on a rail link would start in the autumn.

            According to the ministry, construction will begin next year.
            """,
            """
            Fishing row deepens in the North Atlantic

            REYKJAVIK, June 11 - Iceland rejected a proposed quota plan on Wednesday, deepening a dispute \
            with its neighbours over mackerel stocks.

            Icelandic Fisheries Minister Sigrun Olafsdottir warned that the plan would ruin coastal towns. \
            She added that Iceland would not accept limits imposed from outside.

            The Faroe Islands, a spokesman said, will seek mediation by the regional fisheries commission.

            "We are disappointed, but the door to dialogue remains open," the spokesman said.
            """,
            """
            Ministers pledge flood relief after talks in Nairobi

            NAIROBI, August 20 - Kenya and Uganda pledged on Tuesday to coordinate relief for families \
            displaced by floods along their shared border.

            Kenyan Interior Minister James Odhiambo expressed gratitude for the help of volunteers, and \
            said the two governments would share weather data in real time.

            Ugandan Minister Grace Namutebi said the disaster showed that no country could face the climate \
            crisis alone. Both ministers, she noted, had agreed to meet again in October.

            Aid groups welcomed the announcement but warned that funds were running short.
            """);
}
