package org.entente.cli;

import java.nio.file.Path;
import java.util.Set;
import org.entente.Entente;
import org.entente.Profile;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;

/**
 * Builds the {@link Analyzer} a command runs with. May throw {@link org.entente.EntenteException}
 * when lexicons cannot be loaded (the command line exits with {@link ExitCodes#FATAL}).
 * Called once per command run.
 */
@FunctionalInterface
public interface AnalyzerFactory {

    /**
     * @param profile            the pipeline profile for {@code analyze}
     * @param lexiconDirectory   a directory of lexicon files over the bundled ones, or {@code null}
     * @param disabledToneLayers tone layers to switch off (empty: all on)
     * @throws IllegalArgumentException if a disabled layer is no known layer
     */
    Analyzer create(Profile profile, Path lexiconDirectory, Set<String> disabledToneLayers);

    /** The real thing: an {@link Entente} built with the given settings. */
    static AnalyzerFactory entente() {
        return (profile, lexiconDirectory, disabledToneLayers) -> {
            Entente.Builder builder = Entente.builder().profile(profile);
            if (lexiconDirectory != null) {
                builder.lexiconDirectory(lexiconDirectory);
            }
            if (!disabledToneLayers.isEmpty()) {
                builder.disableToneLayers(disabledToneLayers.toArray(String[]::new));
            }
            Entente entente = builder.build();
            return new Analyzer() {
                @Override
                public java.util.List<ScoredStatement> analyze(String text) {
                    return entente.analyze(text);
                }

                @Override
                public java.util.List<org.entente.BatchResult> analyzeAll(java.util.List<String> texts, int threads) {
                    return entente.analyzeAll(texts, threads);
                }

                @Override
                public Scores score(String text) {
                    return entente.score(text);
                }

                @Override
                public void warmUp() {
                    entente.analyze("Warm-up: the minister said the models are loaded.");
                }

                @Override
                public String toString() {
                    return entente.toString();
                }
            };
        };
    }
}
