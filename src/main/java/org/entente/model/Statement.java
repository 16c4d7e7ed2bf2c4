package org.entente.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One attributed statement: who said what through which cue. Immutable and thread-safe.
 *
 * @param speaker          the source mention as written ("he", "Chinese President Xi Jinping"),
 *                         or {@code null} when the text gives no source
 * @param speakerCanonical the resolved speaker, the fullest name in its coreference chain
 *                         ("Xi Jinping"); the mention's text when nothing better is known;
 *                         {@code null} only when there is no speaker
 * @param cue              the attribution cue ("said", "according to")
 * @param content          what is attributed
 * @param kind             direct quote, paraphrase or a mix
 * @param cueClass         speech, belief, intention, ...
 */
public record Statement(Mention speaker, String speakerCanonical, Mention cue, Content content,
                        StatementKind kind, CueClass cueClass) {

    public Statement {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cueClass, "cueClass");
        if (speaker == null && speakerCanonical != null) {
            throw new IllegalArgumentException("a canonical speaker needs a speaker mention");
        }
        if (speaker != null && (speakerCanonical == null || speakerCanonical.isBlank())) {
            speakerCanonical = speaker.text();
        }
    }

    /** The speaker mention, if the text gives one. */
    public Optional<Mention> speakerMention() {
        return Optional.ofNullable(speaker);
    }

    @Override
    public String toString() {
        return (speaker == null ? "(no source)" : speakerCanonical + " [" + speaker + "]")
                + " --" + cue.text() + cue.span() + "--> " + content + " " + kind + "/" + cueClass;
    }
}
