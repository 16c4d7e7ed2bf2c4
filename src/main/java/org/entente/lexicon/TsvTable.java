package org.entente.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.entente.EntenteException;

/**
 * The rows of one lexicon file as read: a header naming the columns, then rows of tab-separated
 * cells, each row remembering its line number so that later checks can name {@code file:line}.
 * Immutable and thread-safe.
 *
 * @param name    where the table came from, for messages (a path or {@code bundled:NAME})
 * @param version the value of a {@code # version:} comment line, or {@code ""}
 * @param columns the header's column names
 * @param rows    the data rows
 */
public record TsvTable(String name, String version, List<String> columns, List<Row> rows) {

    public TsvTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param table  the table's name, for messages
     * @param line   its 1-based line number in the file
     * @param values the cells by column name; a missing trailing cell is {@code ""}
     */
    public record Row(String table, int line, Map<String, String> values) {

        public Row {
            values = Map.copyOf(values);
        }

        /** The cell of {@code column}, trimmed; fails naming file:line if the cell is empty. */
        public String required(String column) {
            String v = optional(column);
            if (v.isEmpty()) {
                throw error("empty value in column '" + column + "'");
            }
            return v;
        }

        /** The cell of {@code column}, trimmed, or {@code ""}. */
        public String optional(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        /** The cell of {@code column} as a finite number; fails naming file:line otherwise. */
        public double number(String column) {
            String v = required(column);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw error("column '" + column + "' is not a finite number: '" + v + "'");
                }
                return d;
            } catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a number: '" + v + "'");
            }
        }

        /** The cell of {@code column} as a number, or {@code fallback} when empty. */
        public double number(String column, double fallback) {
            return optional(column).isEmpty() ? fallback : number(column);
        }

        /** The cell of {@code column} parsed by {@code parser}; a parser failure names file:line. */
        public <T> T parsed(String column, Function<String, T> parser) {
            String v = required(column);
            try {
                return parser.apply(v);
            } catch (RuntimeException e) {
                throw error("column '" + column + "' has a bad value '" + v + "': " + e.getMessage());
            }
        }

        /** A load failure that names this row's file and line. */
        public EntenteException error(String message) {
            return new EntenteException(table + ":" + line + ": " + message);
        }
    }
}
