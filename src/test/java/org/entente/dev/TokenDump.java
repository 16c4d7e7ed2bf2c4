package org.entente.dev;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;

/**
 * Developer tool: writes every word of the cached annotations of a gold folder as one TSV line
 * (document, sentence, word index, start, end, text, lemma, POS, relation, head, NER) for error
 * analysis scripts. Usage: TokenDump GOLD_DIR CACHE_DIR OUT.tsv
 */
public final class TokenDump {
    public static void main(String[] args) throws Exception {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            ExtractEval.forEachCached(Path.of(args[0]), Path.of(args[1]), (g, doc) -> {
                for (Sentence s : doc.sentences()) {
                    for (Word w : s.words()) {
                        out.println(String.join("\t", g.id(), String.valueOf(s.index()), String.valueOf(w.index()),
                                String.valueOf(w.span().start()), String.valueOf(w.span().end()),
                                w.text().replace('\t', ' '), w.lemma().replace('\t', ' '), w.pos(), w.relation(),
                                String.valueOf(w.head()), w.ner()));
                    }
                }
            });
        }
    }
}
