package io.pcmops.cli.options;

import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.Pcmops;
import io.pcmops.cli.options.SelectorOptions.Selection;
import io.pcmops.model.Change;
import io.pcmops.model.Selector;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The targets of {@code --change NUMBER}. A stored change names exactly its machines; the other selector options
 * only narrow them, never widen them. A number not stored here only labels the run, so the other options must
 * then name the targets: a change alone never falls back to the whole fleet.
 */
final class ChangeTargets {

    private ChangeTargets() {
    }

    /**
     * Returns the selection for a change number.
     *
     * @param given    the selector of the other options
     * @param narrowed whether any option besides {@code --provider} was given
     */
    static Selection select(Pcmops pcm, String number, Selector given, boolean narrowed, Consumer<String> notes) {
        Optional<Change> stored = find(pcm, number);
        if (stored.isEmpty()) {
            if (!narrowed) {
                throw new InvalidRequestException("no change '" + number + "' is stored here; import it with "
                        + "'pcmops changes import FILE', or name the targets with other options (e.g. --accounts all)");
            }
            notes.accept("change " + number + " is not stored here: the other options alone name the targets");
            return new Selection(given, number);
        }
        Change change = stored.get();
        if (change.targets().isEmpty()) {
            throw new InvalidRequestException("change " + number + " lists no machines; import its CSV with "
                    + "'pcmops changes import FILE' first");
        }
        Selector selector = narrowed ? narrow(change, given) : change.selector();
        notes.accept("targets: the " + change.targets().size() + " machines of change " + number + " (status "
                + change.status().id() + ")" + (narrowed ? ", narrowed by the other options" : ""));
        return new Selection(selector.withProvider(provider(change, given.provider())), number);
    }

    private static Optional<Change> find(Pcmops pcm, String number) {
        try {
            return Optional.of(pcm.changes().get(number));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Selector narrow(Change change, Selector given) {
        Selector own = change.selector();
        String number = change.number();
        return given.toBuilder().ids(within(number, "target ids", own.ids(), given.ids()))
                .accounts(within(number, "accounts", own.accounts(), given.accounts()))
                .regions(within(number, "regions", own.regions(), given.regions())).build();
    }

    /** Returns the change's values that are also given; an empty result would mean "any", so it is refused. */
    private static List<String> within(String number, String what, List<String> own, List<String> given) {
        if (own.isEmpty() || given.isEmpty()) {
            return own.isEmpty() ? given : own;
        }
        List<String> both = own.stream().filter(given::contains).toList();
        if (both.isEmpty()) {
            throw new InvalidRequestException("change " + number + ": none of its " + what + " is among the "
                    + what + " given (" + abbreviated(given) + ")");
        }
        return both;
    }

    private static String provider(Change change, String given) {
        if (change.provider() != null && given != null && !change.provider().equals(given)) {
            throw new InvalidRequestException("change " + change.number() + " is on provider '" + change.provider()
                    + "', not '" + given + "'");
        }
        return change.provider() != null ? change.provider() : given;
    }

    private static String abbreviated(List<String> values) {
        return values.size() <= 3 ? String.join(", ", values)
                : String.join(", ", values.subList(0, 3)) + ", … (" + values.size() + " in all)";
    }
}
