/**
 * Text to annotated document: runs CoreNLP once per document and copies what extraction needs
 * (tokens, sentences, POS, lemmas, NER, dependency tree, coreference) into Entente's own
 * immutable {@link org.entente.annotate.AnnotatedDocument}, so that no CoreNLP type leaks past
 * this package. Internal: not part of the public API, and may change without notice.
 */
package org.entente.annotate;
