package org.entente.score;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small English inflection generator for lexicon lemmas, so that stance patterns can be matched
 * on lower-cased surface tokens without a lemmatiser: {@code accuse} gives accuses, accused,
 * accusing; {@code ally} gives allies, allied; {@code stop} gives stopped, stopping; irregular
 * verbs come from a table ({@code seek} gives sought). It over-generates on purpose (both
 * {@code visited} and {@code visitted}): a form that never occurs in text costs nothing.
 * Stateless and thread-safe.
 */
final class StanceInflector {

    /** Irregular verbs: lemma, past, past participle (several forms may share a slot). */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            irr("be", "is", "are", "was", "were", "been", "being", "am"),
            irr("have", "has", "had", "having"),
            irr("do", "does", "did", "done", "doing"),
            irr("go", "went", "gone"),
            irr("give", "gave", "given"),
            irr("take", "took", "taken"),
            irr("undertake", "undertook", "undertaken"),
            irr("make", "made"),
            irr("meet", "met"),
            irr("hold", "held"),
            irr("send", "sent"),
            irr("lend", "lent"),
            irr("spend", "spent"),
            irr("lead", "led"),
            irr("seek", "sought"),
            irr("break", "broke", "broken"),
            irr("fight", "fought"),
            irr("shoot", "shot"),
            irr("strike", "struck", "stricken"),
            irr("withdraw", "withdrew", "withdrawn"),
            irr("draw", "drew", "drawn"),
            irr("forgive", "forgave", "forgiven"),
            irr("forbid", "forbade", "forbidden"),
            irr("beat", "beaten"),
            irr("begin", "began", "begun"),
            irr("bring", "brought"),
            irr("keep", "kept"),
            irr("sell", "sold"),
            irr("tell", "told"),
            irr("leave", "left"),
            irr("speak", "spoke", "spoken"),
            irr("stand", "stood"),
            irr("understand", "understood"),
            irr("win", "won"),
            irr("lose", "lost"),
            irr("rise", "rose", "risen"),
            irr("come", "came"),
            irr("see", "saw", "seen"),
            irr("buy", "bought"),
            irr("build", "built"),
            irr("freeze", "froze", "frozen"),
            irr("steal", "stole", "stolen"),
            irr("blow", "blew", "blown"),
            irr("throw", "threw", "thrown"),
            irr("overthrow", "overthrew", "overthrown"),
            irr("swear", "swore", "sworn"),
            irr("tear", "tore", "torn"),
            irr("bear", "bore", "borne"),
            irr("pay", "paid"),
            irr("lay", "laid"),
            irr("say", "said"),
            irr("drive", "drove", "driven"),
            irr("write", "wrote", "written"),
            irr("arise", "arose", "arisen"),
            irr("shake", "shook", "shaken"),
            irr("feel", "felt"),
            irr("hear", "heard"),
            irr("find", "found"),
            irr("get", "got", "gotten"),
            irr("put", "put"),
            irr("set", "set"),
            irr("cut", "cut"),
            irr("hit", "hit"),
            irr("hurt", "hurt"),
            irr("shut", "shut"),
            irr("quit", "quit"),
            irr("spread", "spread"),
            irr("upset", "upset"),
            irr("bid", "bid"),
            irr("let", "let"),
            irr("wage", "waged"),
            irr("slay", "slew", "slain"),
            irr("flee", "fled"),
            irr("seize", "seized"));

    private StanceInflector() {
    }

    private static Map.Entry<String, String[]> irr(String lemma, String... forms) {
        return Map.entry(lemma, forms);
    }

    /**
     * The lemma and its inflections (third person, past, participles, plural), lower-cased. A
     * multi-part hyphenated or apostrophised word is inflected on its whole form.
     */
    static Set<String> forms(String lemma) {
        String w = lemma.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.isEmpty() || !Character.isLetter(w.charAt(w.length() - 1))) {
            return out;
        }
        String[] irregular = IRREGULAR.get(w);
        if (irregular != null) {
            for (String f : irregular) {
                out.add(f);
            }
        }
        int n = w.length();
        char last = w.charAt(n - 1);
        char before = n >= 2 ? w.charAt(n - 2) : ' ';
        // -s / -es / -ies
        if (last == 'y' && n >= 2 && !isVowel(before)) {
            String stem = w.substring(0, n - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(w + "ing");
        } else {
            if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
                out.add(w + "es");
            } else {
                out.add(w + "s");
            }
            if (last == 'e') {
                String stem = w.substring(0, n - 1);
                out.add(w + "d");
                if (!w.endsWith("ee")) {
                    out.add(stem + "ing");
                } else {
                    out.add(w + "ing");
                }
            } else {
                out.add(w + "ed");
                out.add(w + "ing");
                // consonant-vowel-consonant: stop -> stopped (also visit -> visitted; harmless)
                if (n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y'
                        && isVowel(before) && !isVowel(w.charAt(n - 3))) {
                    out.add(w + last + "ed");
                    out.add(w + last + "ing");
                }
            }
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
