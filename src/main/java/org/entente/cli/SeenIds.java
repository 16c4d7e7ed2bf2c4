package org.entente.cli;

/**
 * Remembers ids to warn of repeats in a {@code score} input, in bounded memory: a 64-bit hash of
 * each id (FNV-1a) in an open-addressing table of {@code long}s, 16 bytes an id at most, holding
 * up to {@link #CAPACITY} ids (16 MB at most); past that, ids are no longer checked. Two different
 * ids with the same 64-bit hash (odds about n²/2⁶⁵) would be reported as a repeat: a warning only.
 * Not thread-safe.
 */
final class SeenIds {

    /** Ids remembered at most. */
    static final int CAPACITY = 1 << 20;

    private long[] table = new long[1 << 10];
    private int size;
    private boolean zeroSeen;

    /**
     * Adds {@code id}.
     *
     * @return {@code false} if it was seen before; {@code true} if new, or if the set is full
     */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            boolean had = zeroSeen;
            zeroSeen = true;
            return !had;
        }
        if (size >= CAPACITY) {
            return !contains(h);
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        return insert(table, h);
    }

    /** Whether the set is full and new ids go unchecked. */
    boolean full() {
        return size >= CAPACITY;
    }

    private boolean contains(long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == h) {
                return true;
            }
        }
        return false;
    }

    private boolean insert(long[] into, long h) {
        int mask = into.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (into[i] != 0) {
            if (into[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        into[i] = h;
        if (into == table) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long h : table) {
            if (h != 0) {
                insert(bigger, h);
            }
        }
        table = bigger;
    }

    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        return h;
    }
}
