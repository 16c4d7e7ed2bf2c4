package org.entente;

/**
 * The one unchecked exception Entente throws when something it needs cannot be had: a lexicon
 * file that is missing or malformed, a CoreNLP model that fails to load. Bad arguments are
 * reported with {@link IllegalArgumentException} instead.
 */
public class EntenteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EntenteException(String message) {
        super(message);
    }

    public EntenteException(String message, Throwable cause) {
        super(message, cause);
    }
}
