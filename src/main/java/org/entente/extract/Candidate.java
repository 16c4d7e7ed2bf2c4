package org.entente.extract;

import static org.entente.extract.ParseTrees.depth;

import java.util.List;
import org.entente.annotate.Sentence;
import org.entente.model.CueClass;
import org.entente.model.Span;
import org.entente.model.StatementKind;

/** A statement found in one sentence, before its speaker is resolved: cue, speaker head and content spans. */
final class Candidate {

    final Sentence sentence;
    final Span cue;
    final CueClass cueClass;
    final int speakerHead;
    final Sentence speakerSentence;
    Span speakerSpan;
    List<Span> content;
    StatementKind kind = StatementKind.INDIRECT;
    int depth;
    /** Whether the cue is a sourcing phrase ("according to X"). */
    boolean sourcingPhrase;
    /** The cue verb whose object this candidate's cue noun is ("expressed concern that ..."), or null. */
    Span objectOfVerb;
    /** Whether the content is the subject the cue's act is aimed at ("the plan drew criticism"), not a fragment. */
    boolean targetSubject;

    Candidate(Sentence sentence, Span cue, CueClass cueClass, Sentence speakerSentence,
              int speakerHead, List<Span> content) {
        this.sentence = sentence;
        this.cue = cue;
        this.cueClass = cueClass;
        this.speakerSentence = speakerSentence;
        this.speakerHead = speakerHead;
        this.content = content;
    }

    /** A candidate whose cue and speaker lie in {@code s}, nested as deep as word {@code depthWord}. */
    static Candidate in(Sentence s, Span cue, CueClass cueClass, int speakerHead, List<Span> content, int depthWord) {
        Candidate c = new Candidate(s, cue, cueClass, s, speakerHead, content);
        c.depth = depth(s, depthWord);
        return c;
    }

    Span extent() {
        return new Span(content.get(0).start(), content.get(content.size() - 1).end());
    }
}
