package io.pcmops.cli.options;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.model.CsvSelection;
import io.pcmops.model.Selector;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The target selector shared by every command that takes targets. */
public final class SelectorOptions {

    @Option(names = "--provider", paramLabel = "ID", description = "Provider id (default: the only enabled one).")
    private String provider;

    @Option(names = "--partition", paramLabel = "P", description = "Partition, e.g. aws-us-gov.")
    private String partition;

    @Option(names = "--accounts", paramLabel = "IDS", split = ",", description = "Account ids, or all.")
    private List<String> accounts;

    @Option(names = "--ou", paramLabel = "OU", description = "Organizational unit id or name.")
    private String ou;

    @Option(names = "--regions", paramLabel = "REGIONS", split = ",", description = "Regions.")
    private List<String> regions;

    @Option(names = "--tag", paramLabel = "K=V", description = "Tag that must match (repeatable).")
    private Map<String, String> tags;

    @Option(names = "--platform", paramLabel = "OS", description = "linux, windows or macos.")
    private String platform;

    @Option(names = "--state", paramLabel = "STATE", description = "Target state, e.g. running.")
    private String state;

    @Option(names = "--ids", paramLabel = "IDS", split = ",", description = "Target ids.")
    private List<String> ids;

    @Option(names = "--names", paramLabel = "GLOBS", split = ",", description = "Name patterns, e.g. web-*.")
    private List<String> names;

    @Option(names = "--from-csv", paramLabel = "FILE", description = "CSV target list (instance_id column).")
    private Path csvFile;

    /** Returns the selector, reading the CSV file through the library when one is given. */
    public Selection resolve(Pcmops pcm) {
        if (csvFile == null) {
            return new Selection(builder().ids(ids).build(), null);
        }
        if (ids != null) {
            throw new InvalidRequestException("give --ids or --from-csv, not both");
        }
        CsvSelection csv = readCsv(pcm);
        Selector fromFile = csv.selector();
        Selector.Builder merged = builder().ids(fromFile.ids());
        merged.accounts(accounts != null ? accounts : fromFile.accounts());
        merged.regions(regions != null ? regions : fromFile.regions());
        return new Selection(merged.build(), csv.changeTicket());
    }

    /** Returns the provider given, or {@code null}. */
    public String provider() {
        return provider;
    }

    private Selector.Builder builder() {
        return Selector.builder().provider(provider).partition(partition).accounts(accounts).ou(ou).regions(regions)
                .tags(tags).platform(platform).state(state).names(names);
    }

    private CsvSelection readCsv(Pcmops pcm) {
        try (Reader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8)) {
            return pcm.targets().readCsv(reader);
        } catch (IOException e) {
            throw new InvalidRequestException("cannot read --from-csv file " + csvFile + ": " + describe(e));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(csvFile + ": " + e.getMessage());
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
    }

    /**
     * A resolved selector.
     *
     * @param selector     the selector
     * @param changeTicket the change number found in a CSV file, or {@code null}
     */
    public record Selection(Selector selector, String changeTicket) {
    }
}
