package io.qqhi.input;

import java.util.Arrays;

/**
 * Remembers byte slices of one buffer (e.g. respondent ids) without making strings. The table is
 * one long[] of (hash, entry) pairs, so an insert costs one random memory access; the slices
 * themselves are appended in order and read only when hashes match.
 */
final class ByteSliceSet {
    private final byte[] buf;
    private long[] table;
    private int[] offset;
    private int[] length;
    private int[] value;
    private int size;

    ByteSliceSet(byte[] buf, int expected) {
        this.buf = buf;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        table = new long[cap];
        offset = new int[Math.max(16, expected)];
        length = new int[offset.length];
        value = new int[offset.length];
    }

    /** Adds the slice with a value; returns the value stored earlier for an equal slice, or −1. */
    int putIfAbsent(int off, int len, int hash, int v) {
        if (size * 2 >= table.length) rehash();
        int h = mix(hash);
        int mask = table.length - 1;
        int i = h & mask;
        while (true) {
            long e = table[i];
            if (e == 0) break;
            if ((int) (e >>> 32) == h) {
                int entry = (int) e - 1;
                if (length[entry] == len && same(offset[entry], off, len)) return value[entry];
            }
            i = (i + 1) & mask;
        }
        if (size == offset.length) {
            offset = Arrays.copyOf(offset, size * 2);
            length = Arrays.copyOf(length, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        offset[size] = off;
        length[size] = len;
        value[size] = v;
        size++;
        table[i] = ((long) h << 32) | (size & 0xFFFFFFFFL);
        return -1;
    }

    private boolean same(int a, int b, int len) {
        for (int k = 0; k < len; k++) if (buf[a + k] != buf[b + k]) return false;
        return true;
    }

    /** MurmurHash3's finaliser: spreads similar ids (R0100001, R0100002, …) over the table. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long e : old) {
            if (e == 0) continue;
            int i = (int) (e >>> 32) & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = e;
        }
    }
}
