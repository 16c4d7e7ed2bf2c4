package org.entente.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.entente.EntenteException;

/**
 * Where lexicon files come from. A file in the user's directory (if one is given) wins over the
 * file of the same name bundled in the jar; a name found in neither is an error that names it.
 * Immutable and thread-safe.
 *
 * <p>Files are UTF-8, tab-separated; lines starting with {@code #} are comments (a comment
 * {@code # version: X} sets the table's version); blank lines are skipped; the first other line is
 * the header naming the columns.
 */
public final class LexiconSource {

    /** Where bundled lexicons live on the class path. */
    public static final String BUNDLED_ROOT = "org/entente/lexicons/";

    private static final LexiconSource BUNDLED = new LexiconSource(null);

    private final Path directory;

    private LexiconSource(Path directory) {
        this.directory = directory;
    }

    /** Only the lexicons bundled in the jar. */
    public static LexiconSource bundled() {
        return BUNDLED;
    }

    /** Files in {@code directory} first, bundled ones for names the directory lacks. */
    public static LexiconSource overlay(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("lexicon directory does not exist: " + directory);
        }
        return new LexiconSource(directory);
    }

    /** The user directory, if any. */
    public java.util.Optional<Path> directory() {
        return java.util.Optional.ofNullable(directory);
    }

    /** Whether a lexicon file of this name exists in the directory or the jar. */
    public boolean exists(String fileName) {
        if (directory != null && Files.isRegularFile(directory.resolve(fileName))) {
            return true;
        }
        return LexiconSource.class.getClassLoader().getResource(BUNDLED_ROOT + fileName) != null;
    }

    /**
     * The names of the files in the user directory whose names start with {@code prefix} and end
     * with {@code .tsv}, sorted; empty without a directory. Lets a user add a lexicon layer by
     * dropping a file in.
     */
    public List<String> userFiles(String prefix) {
        if (directory == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".tsv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new EntenteException("cannot list lexicon directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Reads the lexicon file {@code fileName}; fails naming the file (and line) if it cannot. */
    public TsvTable read(String fileName) {
        if (directory != null) {
            Path p = directory.resolve(fileName);
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    return parse(p.toString(), in);
                } catch (IOException e) {
                    throw new EntenteException("cannot read lexicon " + p + ": " + e.getMessage(), e);
                }
            }
        }
        InputStream in = LexiconSource.class.getClassLoader().getResourceAsStream(BUNDLED_ROOT + fileName);
        if (in == null) {
            throw new EntenteException("lexicon '" + fileName + "' not found"
                    + (directory == null ? "" : " in " + directory) + " nor bundled in the jar");
        }
        try (in) {
            return parse("bundled:" + fileName, in);
        } catch (IOException e) {
            throw new EntenteException("cannot read bundled lexicon " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** Parses a lexicon table from a stream (UTF-8); {@code name} is used in error messages. */
    public static TsvTable parse(String name, InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (BufferedReader lines = new BufferedReader(reader)) {
            List<String> columns = null;
            List<TsvTable.Row> rows = new ArrayList<>();
            String version = "";
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && !line.isEmpty() && line.charAt(0) == '\ufeff') {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.startsWith("#")) {
                    String comment = trimmed.substring(1).strip();
                    if (comment.startsWith("version:")) {
                        version = comment.substring("version:".length()).strip();
                    }
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = Arrays.stream(cells).map(String::strip).toList();
                    if (columns.stream().anyMatch(String::isEmpty)) {
                        throw new EntenteException(name + ":" + number + ": header has an empty column name");
                    }
                    continue;
                }
                if (cells.length > columns.size()) {
                    // trailing empty cells are tolerated; extra content is not
                    for (int c = columns.size(); c < cells.length; c++) {
                        if (!cells[c].isBlank()) {
                            throw new EntenteException(name + ":" + number + ": " + cells.length
                                    + " cells, but the header names " + columns.size() + " columns");
                        }
                    }
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    values.put(columns.get(c), c < cells.length ? cells[c] : "");
                }
                rows.add(new TsvTable.Row(name, number, values));
            }
            if (columns == null) {
                throw new EntenteException(name + ": no header line");
            }
            return new TsvTable(name, version, columns, rows);
        } catch (CharacterCodingException e) {
            throw new EntenteException(name + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new EntenteException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
