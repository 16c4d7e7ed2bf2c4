package org.entente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.EntenteException;
import org.entente.lexicon.LexiconSource;
import org.entente.model.Span;
import org.entente.text.Token;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorLexiconTest {

    private static final ActorLexicon ACTORS = ActorLexicon.load(LexiconSource.bundled());
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static List<ActorLexicon.Found> find(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        return ACTORS.find(text, tokens, 0, tokens.size());
    }

    @Test
    void affiliationFromDemonymCountryAndOrganisation() {
        assertThat(ACTORS.affiliation("Chinese President Xi Jinping")).contains("China");
        assertThat(ACTORS.affiliation("French President Emmanuel Macron")).contains("France");
        assertThat(ACTORS.affiliation("U.S. Secretary of State")).contains("United States");
        assertThat(ACTORS.affiliation("the WHO Director-General")).contains("World Health Organization");
        assertThat(ACTORS.affiliation("a Kremlin spokesman")).contains("Russia");
        assertThat(ACTORS.affiliation("Xi")).contains("China");
        assertThat(ACTORS.affiliation("he")).isEmpty();
        assertThat(ACTORS.affiliation("the spokeswoman")).isEmpty();
        assertThat(ACTORS.affiliation(null)).isEmpty();
    }

    @Test
    void multiWordAliasesWithExactSpans() {
        String text = "He thanked the international community and the United States.";
        assertThat(find(text)).extracting(ActorLexicon.Found::actor, ActorLexicon.Found::span)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("international community", new Span(15, 38)),
                        org.assertj.core.groups.Tuple.tuple("United States", new Span(47, 60)));
    }

    @Test
    void shortCapitalisedAliasesAreCaseSensitive() {
        assertThat(find("The US and the WHO met.")).extracting(ActorLexicon.Found::actor)
                .containsExactly("United States", "World Health Organization");
        assertThat(find("Let us see who comes.")).isEmpty();
    }

    @Test
    void hyphenatedCompoundsNameEachPart() {
        String text = "the China-France partnership";
        assertThat(find(text)).extracting(ActorLexicon.Found::actor, ActorLexicon.Found::span)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("China", new Span(4, 9)),
                        org.assertj.core.groups.Tuple.tuple("France", new Span(10, 16)));
    }

    @Test
    void possessiveCliticDoesNotHideTheActor() {
        assertThat(find("Jordan's King")).extracting(ActorLexicon.Found::actor).containsExactly("Jordan");
    }

    @Test
    void badTypeNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ActorLexicon.FILE),
                "# actors\nalias\tactor\ttype\tcase\nFrance\tFrance\tCOUNTRY\t\nGaul\tFrance\tKINGDOM\t\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ActorLexicon.load(LexiconSource.overlay(dir)))
                .isInstanceOf(EntenteException.class)
                .hasMessageContaining(ActorLexicon.FILE + ":4")
                .hasMessageContaining("KINGDOM");
    }

    @Test
    void badCaseFlagNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ActorLexicon.FILE),
                "alias\tactor\ttype\tcase\nUS\tUnited States\tCOUNTRY\tmaybe\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ActorLexicon.load(LexiconSource.overlay(dir)))
                .hasMessageContaining(ActorLexicon.FILE + ":2").hasMessageContaining("case");
    }
}
