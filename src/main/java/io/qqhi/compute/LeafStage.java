package io.qqhi.compute;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;

/**
 * A stage applied to one leaf's column (denominate, impute, treat, normalise): it reads the column
 * the stage before it wrote and writes its own. Leaves are independent, so a pool's leaves may go
 * through the stages on several threads; what a leaf's stages report is kept with the leaf.
 */
interface LeafStage {
    /** Anything the stage shares between a pool's leaves, made once before they run (on one thread). */
    default void prepare(PoolRun run) {
    }

    void apply(Work w);

    /** One leaf of a pool and what its stages found and changed. */
    final class Work {
        final PoolRun run;
        final int j;
        final List<Problem> found = new ArrayList<>();
        final List<Adjustment> changed = new ArrayList<>();

        Work(PoolRun run, int j) {
            this.run = run;
            this.j = j;
        }

        Node leaf() {
            return run.leaf(j);
        }

        String unit(int u) {
            return run.units.get(u).code();
        }
    }
}
