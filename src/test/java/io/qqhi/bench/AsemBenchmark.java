package io.qqhi.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Settings;
import io.qqhi.input.Dataset;
import io.qqhi.input.IndicatorDataReader;

/**
 * One full recomputation of the ASEM example (51 × 49: denominate, normalise, aggregate, rank),
 * in-process. Run with scripts/bench-jmh; it is not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// with the collector scripts/qqhi runs (the parallel one): under the JVM's default G1 the write
// barrier on every stored reference (a row of scores, a rank array) costs this work ~20 %
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class AsemBenchmark {
    Framework fw;
    Dataset data;
    Settings minmax;
    Settings full;

    @Setup
    public void load() {
        Problems p = new Problems();
        fw = new FrameworkLoader(p).load(Path.of("src/test/resources/asem/asem.yaml"));
        data = IndicatorDataReader.read(Path.of("src/test/resources/asem/ASEM_iData.csv"), fw, "auto", p);
        minmax = fw.settings();
        full = fw.settings().with(java.util.Map.of("impute.method", "group-mean", "impute.group", "EurAsia_group",
                "outliers.method", "winsorise"));
    }

    @Benchmark
    public IndexResult minMaxArithmetic() {
        return Pipeline.run(fw, data, minmax);
    }

    @Benchmark
    public IndexResult imputeWinsoriseMinMaxArithmetic() {
        return Pipeline.run(fw, data, full);
    }
}
