package io.qqhi.report;

import java.util.List;
import java.util.stream.IntStream;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;

/**
 * Every score of a run as full-precision text ({@link Numbers#full}), made once on every core
 * and shared by scores.csv and scores.json: at national scale formatting 2.1 million doubles
 * was the largest part of writing both. Per pool and unit, the texts of the pool's active
 * nodes in framework order, one after the other; NaN (missing) is empty text.
 */
final class ScoreTexts {
    private final byte[][][] text; // [pool][unit] → the unit's texts back to back
    private final int[][][] ends; // [pool][unit][k] → end of the k-th active node's text

    private ScoreTexts(byte[][][] text, int[][][] ends) {
        this.text = text;
        this.ends = ends;
    }

    static ScoreTexts of(IndexResult r) {
        List<PoolResult> pools = r.pools();
        byte[][][] text = new byte[pools.size()][][];
        int[][][] ends = new int[pools.size()][][];
        for (int pi = 0; pi < pools.size(); pi++) {
            PoolResult p = pools.get(pi);
            int m = p.unitCount();
            text[pi] = new byte[m][];
            ends[pi] = new int[m][];
            int[] nodes = IntStream.range(0, p.active().length).filter(i -> p.active()[i]).toArray();
            byte[][] t = text[pi];
            int[][] e = ends[pi];
            // units are independent; each fills only its own slots, so the result does not depend on threads
            IntStream.range(0, m).parallel().forEach(u -> {
                double[] s = p.scores()[u];
                byte[] buf = new byte[nodes.length * 24];
                int[] end = new int[nodes.length];
                int pos = 0;
                for (int k = 0; k < nodes.length; k++) {
                    pos = Numbers.full(s[nodes[k]], buf, pos);
                    end[k] = pos;
                }
                t[u] = java.util.Arrays.copyOf(buf, pos);
                e[u] = end;
            });
        }
        return new ScoreTexts(text, ends);
    }

    /** The text of unit u's k-th active node in pool pi, written to {@code out}. */
    void write(int pi, int u, int k, Utf8Writer out) throws java.io.IOException {
        int from = k == 0 ? 0 : ends[pi][u][k - 1];
        out.bytes(text[pi][u], from, ends[pi][u][k] - from);
    }
}
