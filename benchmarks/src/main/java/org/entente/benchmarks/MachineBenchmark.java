package org.entente.benchmarks;

import java.util.SplittableRandom;
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

/**
 * What scales on this machine: run with {@code -t 1} and {@code -t 2} and compare. Three kinds of
 * work that make up CoreNLP's cost: dense float arithmetic on cache-resident arrays (the dependency
 * parser's hidden layer, 200 x 2,000 floats = 1.6 MB), random reads from a large table (CRF and
 * embedding weights: 256 MB, far beyond the caches), and branchy integer work on small data (as
 * Entente's scorers). Each thread has its own arrays. Not a benchmark of Entente: an explanation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MachineBenchmark {

    float[] matrix;
    float[] vector;
    float[] out;
    int[] table;
    int[] indices;
    int[] small;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        matrix = new float[200 * 2000];
        vector = new float[2000];
        out = new float[200];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = (float) r.nextDouble();
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) r.nextDouble();
        }
        table = new int[64 << 20];
        for (int i = 0; i < table.length; i++) {
            table[i] = i;
        }
        indices = new int[4096];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = r.nextInt(table.length);
        }
        small = new int[1024];
        for (int i = 0; i < small.length; i++) {
            small[i] = r.nextInt(1000);
        }
    }

    /** One matrix-vector product, 200 x 2,000 (cache-resident, vectorised FMA). */
    @Benchmark
    public float[] denseFloat() {
        for (int row = 0; row < 200; row++) {
            float s = 0;
            int base = row * 2000;
            for (int k = 0; k < 2000; k++) {
                s += matrix[base + k] * vector[k];
            }
            out[row] = s;
        }
        return out;
    }

    /** 4,096 dependent random reads from a 256 MB table (memory latency and bandwidth bound). */
    @Benchmark
    public int randomReads() {
        int sum = 0;
        int j = 0;
        for (int i = 0; i < indices.length; i++) {
            j = table[(indices[i] + j) & (table.length - 1)];
            sum += j;
        }
        return sum;
    }

    /** Branchy integer work on 4 KB (cache-resident). */
    @Benchmark
    public int branchyInts() {
        int acc = 0;
        for (int i = 0; i < small.length; i++) {
            int v = small[i];
            if (v < 300) {
                acc += v;
            } else if (v < 700) {
                acc ^= v << 1;
            } else {
                acc -= v >> 2;
            }
        }
        return acc;
    }
}
