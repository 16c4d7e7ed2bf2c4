package org.entente.model;

/** What kind of attribution a cue expresses. */
public enum CueClass {
    /** Saying, telling, announcing, arguing: {@code said}, {@code stressed}, {@code according to}. */
    SPEECH,
    /** Believing, knowing, expecting: {@code believes}, {@code thinks}, {@code is confident}. */
    BELIEF,
    /** Wanting, planning, deciding: {@code wants}, {@code plans}, {@code vowed}. */
    INTENTION,
    /** Expressing a feeling or attitude: {@code expressed gratitude}, {@code welcomed}, {@code fears}. */
    SENTIMENT,
    /** Reported acts and other cues: {@code voted}, {@code reports}. */
    OTHER
}
