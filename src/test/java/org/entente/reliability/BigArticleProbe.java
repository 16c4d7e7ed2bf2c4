package org.entente.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Random;
import org.entente.Entente;

/**
 * Dev probe (not a test): time and peak heap of {@code analyze} on one generated article of
 * {@code CHARS} characters (default 1,000,000, the default length limit). Usage: {@code BigArticleProbe [CHARS]}.
 */
public final class BigArticleProbe {

    private BigArticleProbe() {
    }

    public static void main(String[] args) {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : Entente.DEFAULT_MAX_TEXT_LENGTH;
        Random random = new Random(1);
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            text.append(Articles.article(random)).append("\n\n");
        }
        text.setLength(chars);
        Entente entente = Entente.defaults();
        entente.analyze("Warm-up: Ana Ruiz said that France would work with Peru.");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        int found = entente.analyze(text.toString()).size();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%,d chars: %d statements in %.1f s; heap pools peak %d MB (max %d MB)%n", chars, found,
                seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
