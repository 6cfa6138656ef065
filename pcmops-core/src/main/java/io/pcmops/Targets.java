package io.pcmops;

import io.pcmops.model.CsvSelection;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import java.io.Reader;
import java.util.concurrent.CompletableFuture;

/** Lists targets and reads target lists from CSV files. */
public interface Targets {

    /**
     * Lists the targets a selector names, with their reachability.
     *
     * @param selector which targets; its provider may be omitted when only one provider is enabled
     * @param refresh  whether to bypass the provider's inventory cache
     * @return the listing; a failure in one account or region is reported in {@link TargetListing#errors()}.
     *     Completes with {@link ProviderNotFoundException} or {@link InvalidRequestException} for a bad selector,
     *     and with {@link ProviderException} when nothing could be listed.
     */
    CompletableFuture<TargetListing> list(Selector selector, boolean refresh);

    /**
     * Reads a CSV target list (e.g. a change ticket's instance list). Headers are matched case-insensitively,
     * ignoring spaces and underscores, so {@code instance_id}, {@code InstanceID} and {@code Instance ID} are all
     * the instance id; a UTF-8 byte-order mark is skipped. Columns: instance id (required), account id, region,
     * platform, name, change number.
     *
     * @param csv the CSV text
     * @return the selector naming those targets, and the rows
     * @throws InvalidRequestException naming the line and column of the first bad row
     */
    CsvSelection readCsv(Reader csv);
}
