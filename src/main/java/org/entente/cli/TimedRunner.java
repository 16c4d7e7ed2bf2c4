package org.entente.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one task at a time on a worker thread under a time budget. CoreNLP cannot be stopped safely
 * in every stage, so a task that overruns is not killed: its worker is interrupted (stages that
 * check for it stop early), abandoned, and replaced by a fresh one for the next task. At most
 * {@link #MAX_ABANDONED} abandoned workers may still be running; before starting another task
 * the runner waits for the oldest to end, so a batch of slow documents cannot pile up threads
 * and memory. Worker threads are daemons and never keep the JVM alive. Not thread-safe.
 */
final class TimedRunner implements AutoCloseable {

    /** Abandoned workers allowed to run on before the runner waits for one to finish. */
    static final int MAX_ABANDONED = 2;

    /** Thrown when a task overran its budget. */
    static final class Timeout extends Exception {
        private static final long serialVersionUID = 1L;

        Timeout(Duration budget) {
            super("exceeded the time budget of " + budget.toSeconds() + " s; abandoned");
        }
    }

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final Duration budget;
    private final Deque<Thread> abandoned = new ArrayDeque<>();
    private ExecutorService worker;
    private Thread workerThread;

    /** A runner with {@code budget} per task; zero or less means no budget (tasks run on the caller). */
    TimedRunner(Duration budget) {
        this.budget = budget;
    }

    /**
     * The result of {@code task}. A runtime exception or error of the task is rethrown as it is.
     *
     * @throws Timeout if the task overran the budget
     */
    <T> T run(Supplier<T> task) throws Timeout, InterruptedException {
        if (budget.isZero() || budget.isNegative()) {
            return task.get();
        }
        reapAbandoned();
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "entente-worker-" + NUMBER.incrementAndGet());
                t.setDaemon(true);
                workerThread = t;
                return t;
            });
        }
        Future<T> future = worker.submit(task::get);
        try {
            return future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            if (workerThread != null) {
                abandoned.addLast(workerThread);
            }
            worker = null;
            workerThread = null;
            throw new Timeout(budget);
        }
    }

    /** Number of abandoned workers still running. */
    int abandonedRunning() {
        abandoned.removeIf(t -> !t.isAlive());
        return abandoned.size();
    }

    private void reapAbandoned() throws InterruptedException {
        while (abandonedRunning() >= MAX_ABANDONED) {
            abandoned.peekFirst().join();
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
