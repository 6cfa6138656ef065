package io.pcmops.cli.options;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.model.CsvSelection;
import io.pcmops.model.Selector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
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

    @Option(names = "--change", paramLabel = "NUMBER", description = "Change ticket: a stored one's machines are "
            + "the targets (the options above only narrow them) and a run carries its number. A number not stored "
            + "here only labels the run, and the options above must name the targets.")
    private String change;

    /**
     * Returns the selector: a stored change's machines narrowed by the other options, else the options (reading
     * the CSV file through the library when one is given).
     *
     * @param notes receives remarks for people, e.g. whose machines the targets are
     */
    public Selection resolve(Pcmops pcm, Consumer<String> notes) {
        Selection given = given(pcm);
        return change == null ? given : ChangeTargets.select(pcm, change, given.selector(), narrowed(), notes);
    }

    /** Returns the provider given, or {@code null}. */
    public String provider() {
        return provider;
    }

    private boolean narrowed() {
        return Stream.of(partition, accounts, ou, regions, tags, platform, state, ids, names, csvFile)
                .anyMatch(Objects::nonNull);
    }

    private Selection given(Pcmops pcm) {
        if (csvFile == null) {
            return new Selection(builder().ids(ids).build(), null);
        }
        if (ids != null) {
            throw new InvalidRequestException("give --ids or --from-csv, not both");
        }
        CsvSelection csv = CsvFile.read(csvFile, "--from-csv file").parse(pcm.targets()::readCsv);
        Selector fromFile = csv.selector();
        Selector.Builder merged = builder().ids(fromFile.ids());
        merged.accounts(accounts != null ? accounts : fromFile.accounts());
        merged.regions(regions != null ? regions : fromFile.regions());
        return new Selection(merged.build(), csv.changeTicket());
    }

    private Selector.Builder builder() {
        return Selector.builder().provider(provider).partition(partition).accounts(accounts).ou(ou).regions(regions)
                .tags(tags).platform(platform).state(state).names(names);
    }

    /**
     * A resolved selector.
     *
     * @param selector     the selector
     * @param changeTicket the run's change ticket: {@code --change}, else the change number found in a CSV file, or
     *                     {@code null}
     */
    public record Selection(Selector selector, String changeTicket) {
    }
}
