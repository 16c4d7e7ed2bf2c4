package org.entente.text;

/**
 * A token of scored text: its surface form, its lower-cased form and where it stands.
 * Immutable and thread-safe.
 *
 * @param text  the token as written
 * @param lower {@code text} lower-cased (Locale.ROOT), with curly apostrophes made straight
 * @param start index of its first character in the tokenised text
 * @param end   index just past its last character
 */
public record Token(String text, String lower, int start, int end) {

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid token bounds [" + start + ", " + end + ")");
        }
    }

    /** Whether the token starts with a letter or digit (a word rather than punctuation). */
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    /** Whether the token is all upper case and has at least two letters ("WARNS", "NATO"). */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    @Override
    public String toString() {
        return text;
    }
}
