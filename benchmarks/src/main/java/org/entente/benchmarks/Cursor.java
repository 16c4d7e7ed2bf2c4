package org.entente.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread's own position in the input list: one operation takes the next item. */
@State(Scope.Thread)
public class Cursor {
    private int i = -1;

    /** The next index in {@code [0, n)}, round robin. */
    int next(int n) {
        int k = i + 1;
        if (k >= n) {
            k = 0;
        }
        i = k;
        return k;
    }
}
