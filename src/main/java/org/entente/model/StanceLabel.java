package org.entente.model;

/** The label of a stance score: does the statement favour cooperation or conflict? */
public enum StanceLabel { COOPERATIVE, CONFLICTUAL, NEUTRAL }
