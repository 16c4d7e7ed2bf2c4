package org.entente.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.Profile;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.CoreNlpAnnotator;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;

/** Developer tool: prints the annotation of a text file (sentence, words with head, relation, POS, NER). */
public final class DumpParse {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Profile profile = args.length > 1 ? Profile.valueOf(args[1]) : Profile.BALANCED;
        AnnotatedDocument doc = CoreNlpAnnotator.forProfile(profile).annotate(text);
        for (Sentence s : doc.sentences()) {
            System.out.println("## S" + s.index() + " " + s.span() + " root=" + s.root());
            for (Word w : s.words()) {
                System.out.printf("  %3d %-16s %-14s %-5s %-12s %3d %s %s%n", w.index(), w.text(), w.lemma(), w.pos(),
                        w.relation(), w.head(), w.ner(), w.span());
            }
        }
        doc.coref().forEach(m -> System.out.println("COREF " + m));
    }
}
