package org.entente.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.entente.Entente;
import org.entente.model.Scores;
import org.entente.report.Column;
import org.entente.report.ReportValues;

/** The task of {@link EntenteSpark#score}: each input row with its scores appended. */
final class ScorePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final EntenteSettings settings;
    private final int textIndex;
    private final int inputWidth;

    ScorePartition(EntenteSettings settings, int textIndex, int inputWidth) {
        this.settings = settings;
        this.textIndex = textIndex;
        this.inputWidth = inputWidth;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Entente entente = ExecutorEntente.get(settings);
        return new FlatIterator<>(rows, row -> List.of(scored(entente, row)));
    }

    private Row scored(Entente entente, Row row) {
        List<Object> values = new ArrayList<>(inputWidth + Column.SCORE_COLUMNS.size() + 2);
        for (int i = 0; i < inputWidth; i++) {
            values.add(row.get(i));
        }
        String error = null;
        try {
            if (row.isNullAt(textIndex)) {
                throw new IllegalArgumentException("text is null");
            }
            Scores scores = entente.score(row.getString(textIndex));
            values.addAll(ReportValues.scores(scores));
        } catch (RuntimeException | StackOverflowError e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            for (int i = 0; i < Column.SCORE_COLUMNS.size(); i++) {
                values.add(null);
            }
        }
        values.add(error == null ? EntenteSpark.OK : EntenteSpark.ERROR);
        values.add(error);
        return RowFactory.create(values.toArray());
    }
}
