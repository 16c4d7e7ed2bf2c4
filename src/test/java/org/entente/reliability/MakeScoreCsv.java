package org.entente.reliability;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Dev tool (not a test): writes a {@code score} input of generated statements,
 * {@code id,text,source}, for the streaming / heap figures of benchmarks/RESULTS.md.
 * Usage: {@code MakeScoreCsv ROWS FILE}. The same ROWS give the same bytes.
 */
public final class MakeScoreCsv {

    private MakeScoreCsv() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Random random = new Random(rows);
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord("id", "text", "source");
            for (int i = 0; i < rows; i++) {
                String text = Articles.article(random);
                printer.printRecord("s" + i, text, "generated-" + (i % 97));
            }
        }
    }
}
