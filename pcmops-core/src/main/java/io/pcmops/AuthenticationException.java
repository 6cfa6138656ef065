package io.pcmops;

/**
 * A sign-in, session or API token was refused. The message is the same whatever the reason (unknown user, wrong
 * password, disabled, backed off), so a caller cannot tell them apart; the audit log has the reason.
 */
public class AuthenticationException extends PcmopsException {

    public AuthenticationException(String message) {
        super(message);
    }
}
