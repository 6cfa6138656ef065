package io.pcmops.model;

/**
 * A failure confined to one part of the fleet (an account, a region, a partition); the rest still answered.
 *
 * @param partition partition, or empty
 * @param account   account id, or empty
 * @param region    region, or empty
 * @param message   what went wrong, safe to show
 */
public record ScopeError(String partition, String account, String region, String message) {

    public ScopeError {
        partition = partition == null ? "" : partition;
        account = account == null ? "" : account;
        region = region == null ? "" : region;
        message = message == null ? "" : message;
    }

    /** Returns a readable one-line description. */
    public String describe() {
        StringBuilder scope = new StringBuilder();
        for (String part : new String[] {partition, account, region}) {
            if (!part.isEmpty()) {
                scope.append(scope.isEmpty() ? "" : "/").append(part);
            }
        }
        return (scope.isEmpty() ? "" : scope + ": ") + message;
    }
}
