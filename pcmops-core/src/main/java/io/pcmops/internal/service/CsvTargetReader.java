package io.pcmops.internal.service;

import io.pcmops.InvalidRequestException;
import io.pcmops.internal.util.CsvRecords;
import io.pcmops.internal.util.CsvRecords.CsvRecord;
import io.pcmops.model.CsvSelection;
import io.pcmops.model.Platform;
import io.pcmops.model.Selector;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads target lists such as change-ticket CSVs. Header names are compared without case, spaces, underscores or
 * hyphens, so {@code instance_id}, {@code InstanceID} and {@code Instance ID} all name the instance id column. Any
 * bad row stops the whole read with its line number: nothing is half-read.
 */
final class CsvTargetReader {

    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("instanceid", Column.ID), Map.entry("instance", Column.ID), Map.entry("targetid", Column.ID),
            Map.entry("id", Column.ID), Map.entry("accountid", Column.ACCOUNT), Map.entry("account", Column.ACCOUNT),
            Map.entry("accountnumber", Column.ACCOUNT), Map.entry("region", Column.REGION),
            Map.entry("platform", Column.PLATFORM), Map.entry("os", Column.PLATFORM), Map.entry("name", Column.NAME),
            Map.entry("instancename", Column.NAME), Map.entry("hostname", Column.NAME),
            Map.entry("changenumber", Column.CHANGE), Map.entry("change", Column.CHANGE),
            Map.entry("changeticket", Column.CHANGE), Map.entry("ticket", Column.CHANGE));
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern CHANGE = Pattern.compile("[A-Za-z0-9_-]{1,50}");

    private enum Column { ID, ACCOUNT, REGION, PLATFORM, NAME, CHANGE }

    private CsvTargetReader() {
    }

    static CsvSelection read(Reader csv) {
        List<CsvRecord> records = CsvRecords.read(csv);
        if (records.isEmpty()) {
            throw new InvalidRequestException("the CSV file is empty; it needs a header line and at least one row");
        }
        Column[] columns = header(records.get(0));
        if (records.size() == 1) {
            throw new InvalidRequestException("the CSV file has a header but no rows");
        }
        List<CsvSelection.Row> rows = new ArrayList<>();
        Set<String> changes = new LinkedHashSet<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            rows.add(row(record, columns, changes));
        }
        if (changes.size() > 1) {
            throw new InvalidRequestException("the CSV file mixes change numbers: " + String.join(", ", changes));
        }
        return new CsvSelection(selector(rows), changes.isEmpty() ? null : changes.iterator().next(), rows);
    }

    private static Column[] header(CsvRecord header) {
        Column[] columns = new Column[header.fields().size()];
        boolean hasId = false;
        for (int i = 0; i < columns.length; i++) {
            String key = header.fields().get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
            columns[i] = HEADERS.get(key);
            hasId |= columns[i] == Column.ID;
        }
        if (!hasId) {
            throw new InvalidRequestException("line " + header.line() + ": no instance id column; name one "
                    + "instance_id, InstanceID or Instance ID (found: " + String.join(", ", header.fields()) + ")");
        }
        return columns;
    }

    private static CsvSelection.Row row(CsvRecord record, Column[] columns, Set<String> changes) {
        if (record.fields().size() != columns.length) {
            throw new InvalidRequestException("line " + record.line() + ": expected " + columns.length
                    + " fields like the header, found " + record.fields().size());
        }
        String id = "";
        String account = "";
        String region = "";
        String platform = "";
        String name = "";
        for (int i = 0; i < columns.length; i++) {
            String value = record.fields().get(i).trim();
            if (columns[i] == null) {
                continue;
            }
            switch (columns[i]) {
                case ID -> id = check(value, ID, record, "instance id");
                case ACCOUNT -> account = value.isEmpty() ? "" : check(value, ACCOUNT, record, "account id");
                case REGION -> region = value.isEmpty() ? "" : check(value, REGION, record, "region");
                case PLATFORM -> platform = platform(value, record);
                case NAME -> name = value;
                case CHANGE -> {
                    if (!value.isEmpty()) {
                        changes.add(check(value, CHANGE, record, "change number"));
                    }
                }
            }
        }
        return new CsvSelection.Row(record.line(), id, account, region, platform, name);
    }

    private static String check(String value, Pattern pattern, CsvRecord record, String what) {
        if (value.isEmpty()) {
            throw new InvalidRequestException("line " + record.line() + ": empty " + what);
        }
        if (!pattern.matcher(value).matches()) {
            throw new InvalidRequestException("line " + record.line() + ": '" + value + "' is not a valid " + what);
        }
        return value;
    }

    private static String platform(String value, CsvRecord record) {
        if (value.isEmpty()) {
            return "";
        }
        Platform platform = Platform.parse(value);
        if (platform == Platform.UNKNOWN) {
            throw new InvalidRequestException("line " + record.line() + ": unknown platform '" + value
                    + "'; use linux or windows");
        }
        return platform.id();
    }

    private static Selector selector(List<CsvSelection.Row> rows) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> accounts = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        boolean everyAccount = true;
        boolean everyRegion = true;
        for (CsvSelection.Row row : rows) {
            ids.add(row.targetId());
            everyAccount &= !row.account().isEmpty();
            everyRegion &= !row.region().isEmpty();
            accounts.add(row.account());
            regions.add(row.region());
        }
        return Selector.builder().ids(List.copyOf(ids)).accounts(everyAccount ? List.copyOf(accounts) : List.of())
                .regions(everyRegion ? List.copyOf(regions) : List.of()).build();
    }
}
