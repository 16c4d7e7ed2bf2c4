package org.entente.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates varied short news articles from a seed: made-up speakers, cues, quotes and paraphrases. */
final class Articles {

    private static final String[] COUNTRIES = {"France", "Peru", "Kenya", "Norway", "Vietnam", "Chile", "Ghana",
        "Portugal", "Morocco", "Iceland", "Canada", "Japan"};
    private static final String[] ADJECTIVES = {"French", "Peruvian", "Kenyan", "Norwegian", "Vietnamese",
        "Chilean", "Ghanaian", "Portuguese", "Moroccan", "Icelandic", "Canadian", "Japanese"};
    private static final String[] ROLES = {"Foreign Minister", "President", "Trade Minister", "envoy", "spokeswoman",
        "Prime Minister"};
    private static final String[] NAMES = {"Ana Ruiz", "Tomas Berg", "Amina Okoro", "Lars Holm", "Mai Tran",
        "Diego Soto", "Kwame Mensah", "Rui Matos", "Leila Bennani", "Sigrun Olafsdottir", "Claire Dubois", "Ken Sato"};
    private static final String[] CUES = {"said", "told reporters", "added", "warned", "stressed", "announced"};
    private static final String[] CONTENTS = {
        "%s would work with %s on a new port",
        "talks with %s had failed and sanctions would follow against %s",
        "the two countries, %s and %s, welcome the partnership",
        "%s will reject the quota plan proposed by %s",
        "the agreement between %s and %s will create jobs",
        "%s condemned the attack and threatened %s with countermeasures",
        "the weather in %s and %s was mild this week",
        "%s is ready to strengthen cooperation with %s",
    };

    private Articles() {
    }

    /** {@code count} articles, the same for the same seed. */
    static List<String> generate(long seed, int count) {
        Random random = new Random(seed);
        List<String> articles = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            articles.add(article(random));
        }
        return articles;
    }

    static String article(Random random) {
        StringBuilder text = new StringBuilder();
        int c = random.nextInt(COUNTRIES.length);
        text.append("Talks in ").append(COUNTRIES[c]).append("\n\n");
        int sentences = 2 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            int who = random.nextInt(NAMES.length);
            String speaker = ADJECTIVES[who] + " " + ROLES[random.nextInt(ROLES.length)] + " " + NAMES[who];
            String content = String.format(CONTENTS[random.nextInt(CONTENTS.length)],
                    COUNTRIES[who], COUNTRIES[random.nextInt(COUNTRIES.length)]);
            String cue = CUES[random.nextInt(CUES.length)];
            switch (random.nextInt(4)) {
                case 0 -> text.append(speaker).append(' ').append(cue).append(" that ").append(content).append(". ");
                case 1 -> text.append('"').append(Character.toUpperCase(content.charAt(0))).append(content.substring(1))
                        .append(",\" ").append(speaker).append(' ').append(cue).append(". ");
                case 2 -> text.append(speaker).append(" said: \"").append(Character.toUpperCase(content.charAt(0)))
                        .append(content.substring(1)).append(".\" ");
                default -> text.append("According to ").append(speaker).append(", ").append(content).append(". ");
            }
            if (random.nextInt(3) == 0) {
                text.append("\n");
            }
        }
        return text.toString();
    }
}
