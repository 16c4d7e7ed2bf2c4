package org.entente.report;

import java.util.regex.Pattern;

/**
 * Rewrites a text cell before it is written to a report: the protection against CSV (formula)
 * injection. Applied to cells holding text taken from the input (document ids, speakers, cues,
 * contents, counterparts, evidence, the score report's input cells and header), never to the
 * numbers or labels Entente computes, so a score such as {@code -0.5000} or an offset is never
 * rewritten. Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface CellSanitizer {

    /** A plain decimal number, which no spreadsheet runs as a formula: {@code -12}, {@code +0.5}, {@code 1e-3}. */
    Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** The cell as it should be written; never {@code null} for a non-null {@code cell}. */
    String sanitize(String cell);

    /** Writes every cell unchanged ({@code --no-sanitize}). */
    static CellSanitizer identity() {
        return cell -> cell;
    }

    /**
     * The default of both report writers: a cell that a spreadsheet would run as a formula, i.e.
     * one that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return,
     * gets a leading single quote ({@code '=1+1}); a plain number such as {@code -3} or
     * {@code +0.5} is left as it is. Every other cell is unchanged.
     */
    static CellSanitizer spreadsheetSafe() {
        return CellSanitizer::neutralizeFormula;
    }

    /** The rewrite of {@link #spreadsheetSafe()}. */
    static String neutralizeFormula(String cell) {
        if (cell == null || cell.isEmpty() || !isFormulaStart(cell.charAt(0))) {
            return cell;
        }
        if (PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** Whether a cell starting with {@code c} may be run as a formula by a spreadsheet. */
    static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
