package org.entente.dev;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.entente.Entente;
import org.entente.Profile;
import org.entente.text.Tokenizer;

/**
 * Developer tool: where does the 2-thread loss of {@code analyze} come from? Analyses every
 * {@code .txt} file of a directory with 1, then 2 worker threads sharing one {@link Entente}, after a
 * warm-up pass, and prints per run: wall time and tokens/s; the workers' CPU time per 1,000 tokens
 * (if it grows with 2 threads, the threads slow each other down: caches, memory bandwidth, shared
 * core resources); the rest of the process's CPU time (GC and JIT threads); GC count and time; bytes
 * allocated per token. CPU-time figures stay meaningful on a busy machine; wall-time ones do not.
 * Usage: ScalingProbe DIR [PROFILE] [THREADS...] (default BALANCED 1 2). Run two at once with
 * THREADS 1 to compare with separate JVMs.
 */
public final class ScalingProbe {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Profile profile = args.length > 1 ? Profile.valueOf(args[1]) : Profile.BALANCED;
        List<Integer> threadCounts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            threadCounts.add(Integer.parseInt(args[i]));
        }
        if (threadCounts.isEmpty()) {
            threadCounts = List.of(1, 2);
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Tokenizer tokenizer = new Tokenizer();
        long tokens = texts.stream().mapToLong(t -> tokenizer.tokenize(t).size()).sum();
        Entente entente = Entente.builder().profile(profile).build();
        System.out.printf(Locale.ROOT, "%s: %d documents, %d tokens, max heap %d MB, %d processors%n", profile,
                texts.size(), tokens, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        run(entente, texts, tokens, 2, "warm-up");
        for (int t : threadCounts) {
            run(entente, texts, tokens, t, "measured");
        }
    }

    private static void run(Entente entente, List<String> texts, long tokens, int threads, String what)
            throws InterruptedException {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long gcCount0 = 0, gcTime0 = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount0 += gc.getCollectionCount();
            gcTime0 += gc.getCollectionTime();
        }
        long[] cpu = new long[threads];
        long[] alloc = new long[threads];
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        long process0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            int id = w;
            Thread t = new Thread(null, () -> {
                long c0 = mx.getCurrentThreadCpuTime();
                long a0 = mx.getCurrentThreadAllocatedBytes();
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    entente.analyze(texts.get(i));
                }
                cpu[id] = mx.getCurrentThreadCpuTime() - c0;
                alloc[id] = mx.getCurrentThreadAllocatedBytes() - a0;
            }, "probe-" + w, 8L << 20);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        long process = os.getProcessCpuTime() - process0;
        long gcCount = -gcCount0, gcTime = -gcTime0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += gc.getCollectionCount();
            gcTime += gc.getCollectionTime();
        }
        long workerCpu = 0, allocated = 0;
        for (int w = 0; w < threads; w++) {
            workerCpu += cpu[w];
            allocated += alloc[w];
        }
        System.out.printf(Locale.ROOT, "%-8s threads=%d wall=%.1fs tokens/s=%.0f | worker CPU %.1f ms per 1k tokens"
                        + " (%.0f tokens per CPU-s) | other CPU (GC, JIT, ...) %.1f s = %.0f%% of worker CPU"
                        + " | GC %d collections, %.2f s | allocated %.1f KB per token | load %.1f%n",
                what, threads, wall, tokens / wall, workerCpu / 1e6 / (tokens / 1000.0), tokens / (workerCpu / 1e9),
                (process - workerCpu) / 1e9, 100.0 * (process - workerCpu) / workerCpu, gcCount, gcTime / 1e3,
                allocated / 1024.0 / tokens, os.getSystemLoadAverage());
    }
}
