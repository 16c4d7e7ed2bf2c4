package org.entente.spark;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.Entente;

/**
 * One {@link Entente} per JVM and per {@link EntenteSettings}, built on first use and then reused
 * by every partition and task that runs in this JVM (an executor, or the driver in local mode).
 * This is how the CoreNLP pipeline reaches the executors without being serialised: functions
 * carry only the settings and look the instance up here. Thread-safe; an instance is never
 * removed. A build that fails is not remembered: the next call tries again.
 */
public final class ExecutorEntente {

    private static final Map<EntenteSettings, Entente> INSTANCES = new ConcurrentHashMap<>();
    private static final Map<EntenteSettings, AtomicInteger> BUILDS = new ConcurrentHashMap<>();

    private ExecutorEntente() {
    }

    /** This JVM's instance for {@code settings}, built now if it is the first call. */
    public static Entente get(EntenteSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return INSTANCES.computeIfAbsent(settings, s -> {
            Entente built = s.build();
            BUILDS.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
            return built;
        });
    }

    /** How many instances this JVM has built for {@code settings}: 0 before first use, then 1. */
    public static int builds(EntenteSettings settings) {
        AtomicInteger count = BUILDS.get(Objects.requireNonNull(settings, "settings"));
        return count == null ? 0 : count.get();
    }
}
