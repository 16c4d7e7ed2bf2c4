package org.entente.report.html;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven from the command line: dumps a page's DOM after its scripts ran, or
 * takes a screenshot. The binary is {@code $CHROMIUM}, else {@code chromium}, {@code chromium-browser}
 * or {@code google-chrome} on the PATH. The flags keep it off the network: no background
 * connections, no QUIC, no sync, no component updates, a throw-away profile.
 */
final class Chromium {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /**
     * The installed Chromium.
     *
     * @throws IllegalStateException if none is found: the report tests must not be skipped quietly
     */
    static Chromium find() {
        return find(System.getenv());
    }

    /** The Chromium that environment {@code env} names ({@code CHROMIUM}, {@code PATH}). */
    static Chromium find(java.util.Map<String, String> env) {
        List<Path> candidates = new ArrayList<>();
        String named = env.get("CHROMIUM");
        if (named != null && !named.isBlank()) {
            candidates.add(Path.of(named));
        }
        String path = env.getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                candidates.add(Path.of(dir, name));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return new Chromium(candidate);
            }
        }
        throw new IllegalStateException("headless Chromium is needed for this test and was not found "
                + "(set CHROMIUM, or install Debian's package: apt-get install -y chromium; .ci/run does)");
    }

    /** The DOM of {@code page} after its scripts ran, as Chromium serialises it. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page.toUri().toString(), "--dump-dom");
    }

    /** A PNG screenshot of the top {@code width × height} pixels of {@code url}. */
    void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        run(url, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", "--force-device-scale-factor=1");
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot " + png);
        }
    }

    private String run(String url, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("entente-chromium");
        Path out = Files.createTempFile("entente-chromium", ".out");
        Path err = Files.createTempFile("entente-chromium", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--user-data-dir=" + profile));
            command.addAll(List.of(extra));
            command.add(url);
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("chromium timed out after " + TIMEOUT_SECONDS + " s on " + url);
            }
            if (process.exitValue() != 0) {
                throw new IOException("chromium exited with " + process.exitValue() + " on " + url + ":\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
