package org.entente.reliability;

import java.util.List;

/** Test access to the article generator from other test packages. */
public final class ArticlesAccess {

    private ArticlesAccess() {
    }

    /** {@code count} generated articles, the same for the same seed. */
    public static List<String> generate(long seed, int count) {
        return Articles.generate(seed, count);
    }
}
