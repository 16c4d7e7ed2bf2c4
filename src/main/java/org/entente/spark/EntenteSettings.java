package org.entente.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import org.entente.Entente;
import org.entente.Profile;

/**
 * What an executor needs to build its {@link Entente}: the only state that travels from the
 * driver to the executors. Small, immutable and serialisable; equal settings share one instance
 * per JVM ({@link ExecutorEntente}).
 *
 * @param profile          the CoreNLP profile
 * @param lexiconDirectory a lexicon directory readable on every executor (a path on a shared file
 *                         system, or shipped with {@code --files}), or {@code null} for the bundled lexicons
 * @param maxTextLength    see {@link Entente.Builder#maxTextLength}
 */
public record EntenteSettings(Profile profile, String lexiconDirectory, int maxTextLength) implements Serializable {

    private static final long serialVersionUID = 1L;

    public EntenteSettings {
        Objects.requireNonNull(profile, "profile");
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be positive, not " + maxTextLength);
        }
    }

    /** Bundled lexicons, {@link Profile#BALANCED}, the default text length limit. */
    public static EntenteSettings defaults() {
        return new EntenteSettings(Profile.BALANCED, null, Entente.DEFAULT_MAX_TEXT_LENGTH);
    }

    /** Builds the instance these settings describe (lexicons load now, CoreNLP on first use). */
    Entente build() {
        Entente.Builder builder = Entente.builder().profile(profile).maxTextLength(maxTextLength);
        if (lexiconDirectory != null) {
            builder.lexiconDirectory(Path.of(lexiconDirectory));
        }
        return builder.build();
    }
}
