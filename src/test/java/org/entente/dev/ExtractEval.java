package org.entente.dev;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.Profile;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.CoreNlpAnnotator;
import org.entente.eval.AttributionEvaluation;
import org.entente.extract.AttributionExtractor;
import org.entente.extract.ExtractedStatement;
import org.entente.lexicon.LexiconSource;
import org.entente.model.Statement;

/**
 * Developer tool: extraction only (no scoring) over a folder of .txt files, with annotations
 * cached on disk so that rule changes re-run in seconds.
 * Usage: ExtractEval INPUT_DIR OUTPUT.csv CACHE_DIR [PROFILE]
 */
public final class ExtractEval {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        Profile profile = args.length > 3 ? Profile.valueOf(args[3]) : Profile.BALANCED;
        Files.createDirectories(cache);
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(in) ? Files.list(in) : Stream.of(in)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        CoreNlpAnnotator annotator = CoreNlpAnnotator.forProfile(profile);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<AnnotatedDocument>> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(pool.submit(() -> load(annotator, f, cache.resolve(f.getFileName() + "." + profile + ".ser"))));
        }
        AttributionExtractor extractor = AttributionExtractor.load(LexiconSource.bundled());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            csv.printRecord("doc_id", "speaker", "speaker_start", "speaker_end", "speaker_canonical", "cue", "cue_start",
                    "cue_end", "content", "content_start", "content_end", "content_spans", "kind", "cue_class", "tone", "stance");
            for (int i = 0; i < files.size(); i++) {
                String id = files.get(i).getFileName().toString().replaceFirst("\\.txt$", "");
                for (ExtractedStatement e : extractor.extract(docs.get(i).get())) {
                    Statement s = e.statement();
                    csv.printRecord(id, s.speaker() == null ? "" : s.speaker().text(),
                            s.speaker() == null ? "" : s.speaker().span().start(),
                            s.speaker() == null ? "" : s.speaker().span().end(),
                            s.speakerCanonical() == null ? "" : s.speakerCanonical(),
                            s.cue().text(), s.cue().span().start(), s.cue().span().end(),
                            s.content().text(), s.content().extent().start(), s.content().extent().end(),
                            s.content().spans().toString(), s.kind(), s.cueClass(), 0, 0);
                }
            }
        }
        pool.shutdown();
    }

    /**
     * The cached BALANCED annotation of gold document {@code id} written by a run of this tool, or
     * null when there is none (for the other dev tools, which read the cache only).
     */
    static AnnotatedDocument cached(Path cache, String id) throws IOException, ClassNotFoundException {
        Path f = cache.resolve(id + ".txt." + Profile.BALANCED + ".ser");
        if (!Files.exists(f)) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(f))) {
            return (AnnotatedDocument) in.readObject();
        }
    }

    /** Receives a gold document with its cached annotation. */
    interface CachedVisitor {
        void visit(AttributionEvaluation.GoldDocument gold, AnnotatedDocument document) throws IOException;
    }

    /** Calls {@code visitor} for every document of the gold folder that has a cached annotation. */
    static void forEachCached(Path goldDir, Path cache, CachedVisitor visitor) throws Exception {
        for (AttributionEvaluation.GoldDocument g : AttributionEvaluation.readGold(goldDir)) {
            AnnotatedDocument doc = cached(cache, g.id());
            if (doc != null) {
                visitor.visit(g, doc);
            }
        }
    }

    private static AnnotatedDocument load(CoreNlpAnnotator annotator, Path file, Path cached) throws IOException {
        if (Files.exists(cached)) {
            try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(cached))) {
                return (AnnotatedDocument) in.readObject();
            } catch (ClassNotFoundException | java.io.InvalidClassException e) {
                // stale cache: annotate again
            }
        }
        AnnotatedDocument doc = annotator.annotate(Files.readString(file, StandardCharsets.UTF_8));
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(cached))) {
            out.writeObject(doc);
        }
        return doc;
    }
}
