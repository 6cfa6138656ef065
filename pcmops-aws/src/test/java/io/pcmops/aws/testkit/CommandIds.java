package io.pcmops.aws.testkit;

/** Checks of CommandId members: 36 characters, else {@code ValidationException}. */
final class CommandIds {

    private CommandIds() {
    }

    /** Returns the id, or throws when it is missing ({@code required}) or not 36 characters long. */
    static String check(String commandId, boolean required) {
        if (commandId == null) {
            if (required) {
                throw new SsmException("ValidationException", "1 validation error detected: Value null at "
                        + "'commandId' failed to satisfy constraint: Member must not be null");
            }
            return null;
        }
        if (commandId.length() != 36) {
            throw SsmException.validation(commandId, "commandId", "Member must have length equal to 36");
        }
        return commandId;
    }
}
