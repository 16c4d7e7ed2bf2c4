package org.entente.model;

/**
 * A half-open range {@code [start, end)} of Java {@code String} indices (UTF-16 code units) into
 * a text. Immutable and thread-safe.
 *
 * @param start first index inside the span, {@code >= 0}
 * @param end   index just past the span, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span>, java.io.Serializable {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Number of code units covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span and {@code other} share at least one index. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether {@code other} lies entirely within this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The text this span covers in {@code text}. */
    public String slice(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " exceeds text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** This span moved right by {@code offset}. */
    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
