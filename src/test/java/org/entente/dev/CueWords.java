package org.entente.dev;

import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;

/** Developer tool: for lines "docid start end" on stdin, prints the annotated words covering that span. */
public final class CueWords {
    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[0]);
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        String line;
        String lastId = null;
        AnnotatedDocument doc = null;
        while ((line = in.readLine()) != null) {
            String[] f = line.split(" ");
            if (!f[0].equals(lastId)) {
                try (ObjectInputStream o = new ObjectInputStream(Files.newInputStream(cache.resolve(f[0] + ".txt.BALANCED.ser")))) {
                    doc = (AnnotatedDocument) o.readObject();
                }
                lastId = f[0];
            }
            int a = Integer.parseInt(f[1]);
            int b = Integer.parseInt(f[2]);
            StringBuilder sb = new StringBuilder();
            for (Sentence s : doc.sentences()) {
                for (Word w : s.words()) {
                    if (w.span().start() < b && a < w.span().end()) {
                        Word h = w.head() >= 0 ? s.word(w.head()) : null;
                        sb.append(w.lemma()).append('/').append(w.pos()).append('/').append(w.relation())
                                .append(s.child(w.index(), "nsubj") >= 0 ? "+S" : "").append(' ');
                    }
                }
            }
            System.out.println(sb.toString().trim());
        }
    }
}
