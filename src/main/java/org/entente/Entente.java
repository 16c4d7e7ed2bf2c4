package org.entente;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.CoreNlpAnnotator;
import org.entente.extract.AttributionExtractor;
import org.entente.extract.ExtractedStatement;
import org.entente.lexicon.LexiconSource;
import org.entente.model.Scores;
import org.entente.model.ScoredStatement;
import org.entente.score.StanceScorer;
import org.entente.score.StatementScorer;
import org.entente.score.ToneScorer;

/**
 * Entente's entry point: finds the attributed statements of a news text and scores each for
 * tone and for stance toward cooperation.
 *
 * <pre>{@code
 * Entente entente = Entente.defaults();
 * for (ScoredStatement s : entente.analyze(articleText)) {
 *     System.out.println(s);
 * }
 * Scores one = entente.score("Kenya stands ready to work with Brazil");
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: share one across threads. Lexicons load when the
 * instance is built; CoreNLP's models load on the first {@link #analyze} call and are shared by
 * every instance with the same profile. {@link #score} never loads CoreNLP's models.
 */
public final class Entente {

    /** The shared default instance, built on first use; set once, never changed afterwards. */
    private static volatile Entente defaultInstance;

    private final Profile profile;
    private final LexiconSource lexicons;
    private final StatementScorer scorer;
    private final AttributionExtractor extractor;
    private final CoreNlpAnnotator annotator;
    private final int maxTextLength;

    /** The default of {@link Builder#maxTextLength}: 1,000,000 characters, some 170,000 words. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

    private Entente(Builder builder) {
        this.profile = builder.profile;
        this.maxTextLength = builder.maxTextLength;
        this.lexicons = builder.lexiconDirectory == null
                ? LexiconSource.bundled() : LexiconSource.overlay(builder.lexiconDirectory);
        this.scorer = new StatementScorer(ToneScorer.load(lexicons, builder.disabledToneLayers),
                StanceScorer.load(lexicons));
        this.extractor = AttributionExtractor.load(lexicons);
        this.annotator = CoreNlpAnnotator.forProfile(profile);
    }

    /** The default configuration: bundled lexicons, {@link Profile#BALANCED}. One shared instance. */
    public static Entente defaults() {
        Entente e = defaultInstance;
        if (e == null) {
            synchronized (Entente.class) {
                e = defaultInstance;
                if (e == null) {
                    e = new Builder().build(); // a failure propagates and the next call tries again
                    defaultInstance = e;
                }
            }
        }
        return e;
    }

    /** A builder for a configured instance. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds every attributed statement in {@code text} and scores it. Offsets in the results are
     * {@code String} indices into {@code text}. Statements come in document order.
     *
     * Empty and whitespace-only texts have no statements. Over-long sentences are cut into
     * pieces (see {@link CoreNlpAnnotator#MAX_SENTENCE_TOKENS}).
     *
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link Builder#maxTextLength}
     */
    public List<ScoredStatement> analyze(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return List.of();
        }
        if (text.length() > maxTextLength) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "text of %,d characters is longer than the limit of %,d (Entente.Builder.maxTextLength); "
                            + "split it into articles", text.length(), maxTextLength));
        }
        AnnotatedDocument document = annotator.annotate(text);
        return extractor.extract(document).stream()
                .map(found -> scorer.score(text, found.statement(), found.speakerPhrase()))
                .toList();
    }

    /**
     * Analyses a batch of documents on all available cores ({@link Runtime#availableProcessors()}
     * threads): the same as {@link #analyzeAll(List, int)} with that many threads.
     */
    public List<BatchResult> analyzeAll(List<String> texts) {
        return analyzeAll(texts, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Analyses a batch of documents, {@code threads} at a time, through this instance's one shared
     * pipeline. The results come in the order of {@code texts}, one per document, each equal to
     * what {@link #analyze} gives for it alone: the output does not depend on the thread count.
     * A document whose analysis throws a {@link RuntimeException} (a null text included) gets a
     * failed {@link BatchResult} and the others go on; if the CoreNLP models cannot be loaded,
     * every document fails with the same {@link EntenteException}. An {@link Error} (e.g. out of
     * memory) stops the batch and is rethrown here once the workers have stopped.
     *
     * <p>Threads are started for the call and stopped before it returns (8 MB stacks, as the
     * parser and the extraction rules recurse on long sentences). On a 2-core machine two threads
     * analyse ~1.3-1.6x as many documents per second as one (the hardware and GC threads, not
     * locking, set the limit: see {@code benchmarks/RESULTS.md}).
     * Each thread needs its own working memory on top of the models (see {@link Profile}).
     *
     * @param threads how many documents to analyse at once, {@code >= 1}
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public List<BatchResult> analyzeAll(List<String> texts, int threads) {
        Objects.requireNonNull(texts, "texts");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, not " + threads);
        }
        int n = texts.size();
        BatchResult[] results = new BatchResult[n];
        int workers = Math.min(threads, n);
        if (workers <= 1) {
            for (int i = 0; i < n; i++) {
                results[i] = analyzeOne(i, texts.get(i));
            }
            return List.of(results);
        }
        AtomicInteger next = new AtomicInteger();
        Error[] error = new Error[1];
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = analyzeOne(i, texts.get(i));
                } catch (Error e) {
                    synchronized (error) {
                        if (error[0] == null) {
                            error[0] = e;
                        }
                    }
                    next.set(n); // stop taking documents
                    return;
                }
            }
        };
        List<Thread> started = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(null, work, "entente-analyze-" + w, 8L << 20);
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        boolean interrupted = false;
        for (Thread t : started) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // finish the batch; restore the flag afterwards
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (error) {
            if (error[0] != null) {
                throw error[0];
            }
        }
        return List.of(results);
    }

    private BatchResult analyzeOne(int index, String text) {
        try {
            return BatchResult.ok(index, analyze(text));
        } catch (RuntimeException e) {
            return BatchResult.failed(index, e);
        }
    }

    /**
     * Scores {@code text} as the content of one statement, with no extraction. Loads no CoreNLP
     * model: fast enough for millions of sentences.
     */
    public Scores score(String text) {
        Objects.requireNonNull(text, "text");
        return scorer.score(text);
    }

    /** This instance's pipeline profile. */
    public Profile profile() {
        return profile;
    }

    @Override
    public String toString() {
        return "Entente[profile=" + profile + ", lexicons="
                + lexicons.directory().map(d -> d + " over bundled").orElse("bundled") + "]";
    }

    /**
     * Configures an {@link Entente}. Not thread-safe; the instance it builds is. Each setting may
     * be given once.
     */
    public static final class Builder {
        private Profile profile = Profile.BALANCED;
        private boolean profileSet;
        private Path lexiconDirectory;
        private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
        private boolean maxTextLengthSet;
        private java.util.Set<String> disabledToneLayers = java.util.Set.of();

        private Builder() {
        }

        /**
         * The longest text, in {@code char}s, that {@link Entente#analyze} takes (default
         * {@value Entente#DEFAULT_MAX_TEXT_LENGTH}); a longer one is refused with an
         * {@link IllegalArgumentException} rather than holding CoreNLP for minutes and gigabytes.
         * {@link Entente#score} has no limit.
         */
        public Builder maxTextLength(int maxTextLength) {
            if (maxTextLength < 1) {
                throw new IllegalArgumentException("maxTextLength must be positive, not " + maxTextLength);
            }
            if (maxTextLengthSet) {
                throw new IllegalStateException("maxTextLength was already set to " + this.maxTextLength);
            }
            this.maxTextLength = maxTextLength;
            this.maxTextLengthSet = true;
            return this;
        }

        /**
         * Switches tone layers off (bundled: {@code context}, {@code vader}, {@code news}, {@code fitted};
         * or a user layer's name); an unknown name fails when the instance is built, naming the known
         * layers. {@code disableToneLayers("context", "news", "fitted")} leaves VADER's lexicon alone.
         */
        public Builder disableToneLayers(String... layers) {
            if (!disabledToneLayers.isEmpty()) {
                throw new IllegalStateException("tone layers were already disabled: " + disabledToneLayers);
            }
            this.disabledToneLayers = java.util.Set.of(layers);
            return this;
        }

        /** The CoreNLP profile for {@link Entente#analyze}; default {@link Profile#BALANCED}. */
        public Builder profile(Profile profile) {
            Objects.requireNonNull(profile, "profile");
            if (profileSet) {
                throw new IllegalStateException("profile was already set to " + this.profile);
            }
            this.profile = profile;
            this.profileSet = true;
            return this;
        }

        /**
         * A directory of lexicon files: a file there replaces the bundled file of the same name,
         * and extra layer files (see lexicons/README.md) are added.
         */
        public Builder lexiconDirectory(Path directory) {
            Objects.requireNonNull(directory, "directory");
            if (lexiconDirectory != null) {
                throw new IllegalStateException("lexicon directory was already set to " + lexiconDirectory);
            }
            if (!java.nio.file.Files.isDirectory(directory)) {
                throw new IllegalArgumentException("lexicon directory does not exist: " + directory);
            }
            this.lexiconDirectory = directory;
            return this;
        }

        /** Builds the instance, loading the lexicons now (CoreNLP loads on first use). */
        public Entente build() {
            return new Entente(this);
        }
    }
}
