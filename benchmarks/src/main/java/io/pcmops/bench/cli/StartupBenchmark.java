package io.pcmops.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the command line: wall time, CPU time (user + system) and peak RSS of {@code pcmops --help},
 * {@code pcmops runs list} and a run on {@code local}, through the launcher with its start-up archives and without
 * them ({@code PCMOPS_CDS=off}), beside {@code java -version} on the same JDK (the JVM floor). The launcher's
 * archives are trained first ({@code PCMOPS_CDS=sync}); then every case runs once to warm the file cache, and the
 * cases take turns for N rounds, so a change in the machine's load touches them all alike. The median and minimum
 * are printed; CPU time varies less than wall time on a busy machine.
 *
 * <p>Usage: {@code scripts/bench cli.StartupBenchmark [RUNS] [OTHER_LAUNCHER]} from the repository root (default 15
 * runs); {@code OTHER_LAUNCHER} (e.g. the {@code bin/pcmops} of another checkout, built) is measured beside this
 * one.
 */
public final class StartupBenchmark {

    private static final Pattern WALL =
            Pattern.compile("Elapsed \\(wall clock\\) time.*: (?:(\\d+):)?(\\d+):([\\d.]+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path work = Files.createTempDirectory("pcmops-startup");
        Map<String, Case> cases = cases(Path.of("").toAbsolutePath(), work, args.length > 1 ? args[1] : null);
        for (Case c : cases.values()) {
            c.measure(work, "sync");
        }
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int round = 0; round < runs; round++) {
            for (Map.Entry<String, Case> c : cases.entrySet()) {
                samples.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(c.getValue().measure(work, null));
            }
        }
        System.out.printf("JDK %s, %d runs per case, %d cores, load %s%n%n", Runtime.version(), runs,
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf("%-50s %10s %8s %10s %8s%n", "case", "median s", "min s", "CPU ms", "RSS MB");
        samples.forEach((name, list) -> print(name, list));
    }

    private static Map<String, Case> cases(Path root, Path work, String other) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String launcher = root.resolve("bin/pcmops").toString();
        String data = work.resolve("data").toString();
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("java -version (JVM floor)", new Case(List.of(java, "-version"), "on"));
        cases.put("bin/pcmops --help", new Case(List.of(launcher, "--help"), "on"));
        cases.put("bin/pcmops --help (PCMOPS_CDS=off)", new Case(List.of(launcher, "--help"), "off"));
        cases.put("bin/pcmops runs list", new Case(List.of(launcher, "--data-dir", data, "runs", "list"), "on"));
        cases.put("bin/pcmops runs list (PCMOPS_CDS=off)",
                new Case(List.of(launcher, "--data-dir", data, "runs", "list"), "off"));
        cases.put("bin/pcmops run --provider local true --yes", new Case(List.of(launcher, "--data-dir", data, "run",
                "--provider", "local", "--command", "true", "--yes", "-q"), "on"));
        if (other != null) {
            cases.put("other --help", new Case(List.of(other, "--help"), "on"));
            cases.put("other runs list", new Case(List.of(other, "--data-dir", work.resolve("other").toString(),
                    "runs", "list"), "on"));
        }
        return cases;
    }

    private static void print(String name, List<Sample> samples) {
        System.out.printf("%-50s %10.3f %8.3f %10.0f %8.0f%n", name, median(samples, Sample::seconds),
                samples.stream().mapToDouble(Sample::seconds).min().orElseThrow(),
                median(samples, Sample::cpuMillis), median(samples, Sample::rssMb));
    }

    private static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        double[] sorted = samples.stream().mapToDouble(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** One command line, with the launcher's archives on, off, or trained first ({@code sync}). */
    private record Case(List<String> command, String cds) {

        Sample measure(Path work, String override) throws IOException, InterruptedException {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
            timed.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(work.resolve("time.txt").toFile());
            builder.environment().put("PCMOPS_CACHE_DIR", work.resolve("cache").toString());
            builder.environment().put("PCMOPS_CDS", override != null && cds.equals("on") ? override : cds);
            int exit = builder.start().waitFor();
            String report = Files.readString(work.resolve("time.txt"));
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ":\n" + report);
            }
            double cpu = Double.parseDouble(find(USER, report)) + Double.parseDouble(find(SYSTEM, report));
            return new Sample(wall(report), cpu * 1000, Long.parseLong(find(RSS, report)) / 1024.0);
        }

        private static double wall(String report) {
            Matcher m = WALL.matcher(report);
            if (!m.find()) {
                throw new IllegalStateException("no wall time in:\n" + report);
            }
            double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
            return hours * 3600 + Double.parseDouble(m.group(2)) * 60 + Double.parseDouble(m.group(3));
        }

        private static String find(Pattern pattern, String text) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                throw new IllegalStateException("no " + pattern + " in:\n" + text);
            }
            return matcher.group(1);
        }
    }

    private record Sample(double seconds, double cpuMillis, double rssMb) {
    }
}
