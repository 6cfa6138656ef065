package io.pcmops.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the command line: wall time and peak RSS of {@code pcmops --help} and {@code pcmops runs list} on an
 * empty data directory, beside {@code java -version} on the same JDK (the JVM floor). Each case runs once to warm
 * the file cache (and, through the launcher, to write its class-data-sharing archive), then N times under
 * {@code /usr/bin/time -v}; the median, minimum and maximum are printed.
 *
 * <p>Usage: {@code scripts/bench cli.StartupBenchmark [RUNS]} from the repository root (default 9 runs).
 */
public final class StartupBenchmark {

    private static final Pattern WALL =
            Pattern.compile("Elapsed \\(wall clock\\) time.*: (?:(\\d+):)?(\\d+):([\\d.]+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path root = Path.of("").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = root.resolve("adapter-cli/target/pcmops-cli.jar").toString();
        String launcher = root.resolve("bin/pcmops").toString();
        Path work = Files.createTempDirectory("pcmops-startup");
        Path empty = work.resolve("empty");
        System.out.printf("JDK %s, %d runs per case, %d cores%n%n", Runtime.version(), runs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-52s %10s %10s %10s %12s%n", "case", "median s", "min s", "max s", "median RSS");
        report("java -version (JVM floor)", runs, work, List.of(java, "-version"));
        report("java -jar pcmops-cli.jar --help", runs, work, List.of(java, "-jar", jar, "--help"));
        report("bin/pcmops --help", runs, work, List.of(launcher, "--help"));
        report("java -jar pcmops-cli.jar runs list (empty dir)", runs, work,
                List.of(java, "-jar", jar, "--data-dir", empty.toString(), "runs", "list"));
        report("bin/pcmops runs list (empty dir)", runs, work,
                List.of(launcher, "--data-dir", empty.toString(), "runs", "list"));
        report("bin/pcmops runs list (new dir: creates the store)", runs, work,
                List.of(launcher, "--data-dir", work.resolve("new-%d").toString(), "runs", "list"));
        report("bin/pcmops run --provider local 'true' --yes", runs, work,
                List.of(launcher, "--data-dir", empty.toString(), "run", "--provider", "local", "--command", "true",
                        "--yes", "-q"));
    }

    private static void report(String name, int runs, Path work, List<String> command) throws Exception {
        measure(command, work, -1);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(measure(command, work, i));
        }
        samples.sort(Comparator.comparingDouble(Sample::seconds));
        double median = samples.get(samples.size() / 2).seconds();
        long rss = samples.stream().mapToLong(Sample::rssKb).sorted().toArray()[samples.size() / 2];
        System.out.printf("%-52s %10.3f %10.3f %10.3f %9d MB%n", name, median, samples.get(0).seconds(),
                samples.get(samples.size() - 1).seconds(), rss / 1024);
    }

    private static Sample measure(List<String> command, Path work, int index) throws IOException,
            InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        command.forEach(part -> timed.add(part.replace("%d", Integer.toString(index + 1))));
        ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(work.resolve("time.txt").toFile());
        builder.environment().put("PCMOPS_CACHE_DIR", work.resolve("cache").toString());
        int exit = builder.start().waitFor();
        String report = Files.readString(work.resolve("time.txt"));
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ":\n" + report);
        }
        return new Sample(wall(report), Long.parseLong(find(RSS, report).group(1)));
    }

    private static double wall(String report) {
        Matcher m = find(WALL, report);
        double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
        return hours * 3600 + Double.parseDouble(m.group(2)) * 60 + Double.parseDouble(m.group(3));
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + text);
        }
        return matcher;
    }

    private record Sample(double seconds, long rssKb) {
    }
}
