package io.pcmops.internal.service;

import io.pcmops.model.Account;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Applies every field of a selector to targets, whatever the provider already filtered. */
final class SelectorFilter {

    private final Selector selector;
    private final Set<String> ouAccounts;
    private final List<Pattern> names;

    SelectorFilter(Selector selector, List<Account> accounts) {
        this.selector = selector;
        this.ouAccounts = selector.ou() == null ? null : accounts.stream().filter(a -> a.isUnder(selector.ou()))
                .map(Account::accountId).collect(Collectors.toSet());
        this.names = selector.names().stream().map(SelectorFilter::glob).toList();
    }

    List<Target> apply(List<Target> targets) {
        return targets.stream().filter(this::matches).toList();
    }

    boolean matches(Target t) {
        return (selector.provider() == null || selector.provider().equals(t.provider()))
                && (selector.partition() == null || selector.partition().equals(t.partition()))
                && (selector.accounts().isEmpty() || selector.accounts().contains(t.account()))
                && (ouAccounts == null || ouAccounts.contains(t.account()))
                && (selector.regions().isEmpty() || selector.regions().contains(t.region()))
                && (selector.platform() == null || selector.platform().equals(t.platform().id()))
                && (selector.state() == null || selector.state().equals(t.state().id()))
                && (selector.ids().isEmpty() || selector.ids().contains(t.targetId()))
                && (names.isEmpty() || names.stream().anyMatch(p -> p.matcher(t.name()).matches()))
                && tagsMatch(t.tags());
    }

    private boolean tagsMatch(Map<String, String> tags) {
        for (Map.Entry<String, String> wanted : selector.tags().entrySet()) {
            if (!wanted.getValue().equals(tags.get(wanted.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Turns a glob ({@code *}, {@code ?}) into a case-insensitive pattern. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
