package org.entente.score;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.lexicon.TsvTable;

/**
 * The numbers of the tone rules and of the final score, as read from {@code tone-calibration.tsv}
 * (each documented there). Immutable and thread-safe.
 *
 * @param negation          multiplier of an entry in a negator's scope
 * @param contrastBefore    multiplier of entries before the last contrast word
 * @param contrastAfter     multiplier of entries after the last contrast word
 * @param concedeClause     multiplier of entries in a concessive clause
 * @param question          multiplier of entries of a statement ending with "?"
 * @param quoted            multiplier of entries inside quotation marks
 * @param negativeWeight    multiplier of negative contributions
 * @param lengthOffset      score = scale * sum / (words + lengthOffset) ^ lengthExponent
 * @param lengthExponent    see lengthOffset
 * @param scale             see lengthOffset
 * @param cueScale          cue tone = cueScale * sum of the cue's entries
 * @param positiveThreshold label POSITIVE when score >= this
 * @param negativeThreshold label NEGATIVE when score <= this
 * @param counter           multiplier of a negative entry shortly after a COUNTER word ("prevent
 *                          the spread", "condemned the bombing"); optional in the file, default 1
 */
public record ToneCalibration(double negation, double contrastBefore, double contrastAfter,
                              double concedeClause, double question, double quoted,
                              double negativeWeight, double lengthOffset, double lengthExponent,
                              double scale, double cueScale, double positiveThreshold,
                              double negativeThreshold, double counter) {

    private static final Set<String> NAMES = Set.of("negation", "contrast_before", "contrast_after",
            "concede_clause", "question", "quoted", "negative_weight", "length_offset",
            "length_exponent", "scale", "cue_scale", "positive_threshold", "negative_threshold", "counter");

    /** Parameters that a calibration file may leave out, with their defaults (no effect). */
    private static final Map<String, Double> OPTIONAL = Map.of("counter", 1.0);

    public ToneCalibration {
        if (!(lengthOffset + 1 > 0) || lengthExponent < 0 || scale <= 0 || cueScale < 0) {
            throw new IllegalArgumentException("bad length normalisation or scale: offset " + lengthOffset
                    + ", exponent " + lengthExponent + ", scale " + scale + ", cue scale " + cueScale);
        }
        if (!(negativeThreshold <= 0 && 0 <= positiveThreshold && positiveThreshold <= 1 && negativeThreshold >= -1)) {
            throw new IllegalArgumentException("label thresholds must satisfy -1 <= negative (" + negativeThreshold
                    + ") <= 0 <= positive (" + positiveThreshold + ") <= 1");
        }
    }

    /** Reads a calibration table (columns {@code parameter}, {@code value}); every parameter is required. */
    static ToneCalibration read(TsvTable table) {
        ToneLexicon.requireColumns(table, "parameter", "value");
        Map<String, Double> v = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String name = row.required("parameter");
            if (!NAMES.contains(name)) {
                throw row.error("unknown parameter '" + name + "', expected one of " + NAMES);
            }
            if (v.put(name, row.number("value")) != null) {
                throw row.error("parameter '" + name + "' given twice");
            }
        }
        OPTIONAL.forEach(v::putIfAbsent);
        for (String name : NAMES) {
            if (!v.containsKey(name)) {
                throw new EntenteException(table.name() + ": missing parameter '" + name + "'");
            }
        }
        try {
            return of(v);
        } catch (IllegalArgumentException e) {
            throw new EntenteException(table.name() + ": " + e.getMessage(), e);
        }
    }

    /** The parameters by their names in the file. */
    Map<String, Double> values() {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("negation", negation);
        v.put("contrast_before", contrastBefore);
        v.put("contrast_after", contrastAfter);
        v.put("concede_clause", concedeClause);
        v.put("question", question);
        v.put("quoted", quoted);
        v.put("negative_weight", negativeWeight);
        v.put("length_offset", lengthOffset);
        v.put("length_exponent", lengthExponent);
        v.put("scale", scale);
        v.put("cue_scale", cueScale);
        v.put("positive_threshold", positiveThreshold);
        v.put("negative_threshold", negativeThreshold);
        v.put("counter", counter);
        return v;
    }

    /** A calibration from parameters named as in the file (all of them). */
    static ToneCalibration of(Map<String, Double> v) {
        return new ToneCalibration(v.get("negation"), v.get("contrast_before"), v.get("contrast_after"),
                v.get("concede_clause"), v.get("question"), v.get("quoted"), v.get("negative_weight"),
                v.get("length_offset"), v.get("length_exponent"), v.get("scale"), v.get("cue_scale"),
                v.get("positive_threshold"), v.get("negative_threshold"), v.get("counter"));
    }
}
