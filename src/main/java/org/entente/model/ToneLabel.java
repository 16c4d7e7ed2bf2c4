package org.entente.model;

/** The label of a tone score; thresholds are documented in the README. */
public enum ToneLabel { POSITIVE, NEGATIVE, NEUTRAL }
