package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A change ticket: its number, what it is for, where it stands, and the machines it covers. Runs made under it carry
 * its number ({@link Run#changeTicket()}).
 *
 * @param number      ticket number, 1-50 letters, digits, '_' or '-' (e.g. {@code CHG0518313})
 * @param description what the change does
 * @param status      where it stands
 * @param provider    provider of its targets, or {@code null} for the only enabled one
 * @param targets     the machines it covers
 * @param createdAt   creation time
 * @param updatedAt   last change
 * @param updatedBy   who changed it last
 */
public record Change(String number, String description, ChangeStatus status, String provider,
                     List<ChangeTarget> targets, Instant createdAt, Instant updatedAt, String updatedBy) {

    public Change {
        if (number == null || !number.matches("[A-Za-z0-9_-]{1,50}")) {
            throw new InvalidRequestException("change number '" + number
                    + "' must be 1-50 letters, digits, '_' or '-'");
        }
        description = description == null ? "" : description;
        status = status == null ? ChangeStatus.NEW : status;
        targets = targets == null ? List.of() : List.copyOf(targets);
        Set<String> seen = new HashSet<>();
        for (ChangeTarget target : targets) {
            if (!seen.add(target.targetId())) {
                throw new InvalidRequestException("change " + number + " lists " + target.targetId() + " twice");
            }
        }
    }

    /** Returns a selector naming exactly the change's machines. */
    public Selector selector() {
        List<String> accounts = targets.stream().map(ChangeTarget::account).distinct().toList();
        List<String> regions = targets.stream().map(ChangeTarget::region).distinct().toList();
        return Selector.builder().provider(provider).ids(targets.stream().map(ChangeTarget::targetId).toList())
                .accounts(accounts.contains("") ? List.of() : accounts)
                .regions(regions.contains("") ? List.of() : regions).build();
    }
}
