package io.qqhi.compute;

/** A stage applied to a whole pool after its leaf stages (screen, aggregate, rank, tiers). */
interface PoolStage {
    void apply(PoolRun run);
}
