package org.entente.model;

/** How a statement's content is reported. */
public enum StatementKind {
    /** The content is entirely inside quotation marks. */
    DIRECT,
    /** The content is paraphrased, with no quotation marks. */
    INDIRECT,
    /** A paraphrase that contains a quoted part. */
    MIXED
}
