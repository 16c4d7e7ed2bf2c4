package org.entente.report.html;

import java.util.Locale;

/** Escaping and number formatting for the HTML report. Stateless and thread-safe. */
final class Html {

    private Html() {
    }

    /**
     * {@code s} safe as element text and as a double-quoted attribute value: {@code & < > " '}
     * become character references, and characters HTML forbids (NUL, other C0 controls but tab,
     * line feed and carriage return, lone surrogates) become U+FFFD. {@code null} gives {@code ""}.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> forbidden(s, i) ? "\uFFFD" : null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean forbidden(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == 0x7F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /** A signed score with two decimals: {@code +0.42}, {@code -0.30}. */
    static String signed(double value) {
        String s = String.format(Locale.ROOT, "%+.2f", value);
        return s.equals("-0.00") ? "+0.00" : s;
    }

    /** A number for a {@code data-v} sort key: four decimals, a dot. */
    static String key(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** A coordinate for SVG: one decimal. */
    static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
