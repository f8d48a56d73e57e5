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

import io.qqhi.analysis.UncertaintyAnalysis;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.input.Dataset;
import io.qqhi.input.IndicatorDataReader;

/**
 * Issue 7's targets on the ASEM example with the default spec (weights ±25 % at every level,
 * min-max or z-score): uncertainty analysis N = 1,000 and Sobol N = 1,000 (4,000 runs), each
 * including its setup (the leaf stages per normaliser), on every core. Run with
 * scripts/bench-jmh SensitivityBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// with the collector scripts/qqhi runs (the parallel one): under the JVM's default G1 the write
// barrier on every stored reference (a row of scores, a rank array) costs this work ~20 %
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class SensitivityBenchmark {
    Framework fw;
    Dataset data;
    int threads = Runtime.getRuntime().availableProcessors();

    @Setup
    public void load() {
        Problems p = new Problems();
        fw = new FrameworkLoader(p).load(Path.of("src/test/resources/asem/asem.yaml"));
        data = IndicatorDataReader.read(Path.of("src/test/resources/asem/ASEM_iData.csv"), fw, "auto", p);
    }

    @Benchmark
    public UncertaintyAnalysis.UaResult uncertaintyN1000() {
        return new UncertaintyAnalysis(fw, data, fw.settings(), SensitivitySpec.defaults()).uncertainty(1000, 1, threads, d -> { });
    }

    @Benchmark
    public UncertaintyAnalysis.SaResult sobolN1000() {
        return new UncertaintyAnalysis(fw, data, fw.settings(), SensitivitySpec.defaults()).sensitivity(1000, 1, threads);
    }
}
