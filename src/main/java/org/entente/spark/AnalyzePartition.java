package org.entente.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.entente.Entente;
import org.entente.model.ScoredStatement;
import org.entente.report.Column;
import org.entente.report.ReportValues;

/**
 * The task of {@link EntenteSpark#analyze}: articles in, statement rows out, lazily, one article
 * at a time. Holds only the settings and column positions; the {@link Entente} comes from
 * {@link ExecutorEntente} on the executor.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final EntenteSettings settings;
    private final int idIndex;
    private final int textIndex;

    AnalyzePartition(EntenteSettings settings, int idIndex, int textIndex) {
        this.settings = settings;
        this.idIndex = idIndex;
        this.textIndex = textIndex;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        Entente entente = ExecutorEntente.get(settings); // a load failure fails the task: it is no document's fault
        return new FlatIterator<>(articles, article -> rows(entente, article));
    }

    private List<Row> rows(Entente entente, Row article) {
        Object idValue = article.get(idIndex);
        String docId = idValue == null ? null : idValue.toString();
        String text = article.isNullAt(textIndex) ? null : article.getString(textIndex);
        List<ScoredStatement> statements;
        try {
            if (text == null) {
                throw new IllegalArgumentException("text is null");
            }
            statements = entente.analyze(text);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(statusRow(docId, EntenteSpark.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        if (statements.isEmpty()) {
            return List.of(statusRow(docId, EntenteSpark.EMPTY, null));
        }
        List<Row> rows = new ArrayList<>(statements.size());
        for (ScoredStatement statement : statements) {
            List<Object> values = new ArrayList<>(ReportValues.statement(docId, statement));
            values.add(EntenteSpark.OK);
            values.add(null);
            rows.add(RowFactory.create(values.toArray()));
        }
        return rows;
    }

    private static Row statusRow(String docId, String status, String error) {
        Object[] values = new Object[Column.STATEMENT_REPORT.size() + 2];
        values[Column.DOC_ID.ordinal()] = docId;
        values[values.length - 2] = status;
        values[values.length - 1] = error;
        return RowFactory.create(values);
    }
}
