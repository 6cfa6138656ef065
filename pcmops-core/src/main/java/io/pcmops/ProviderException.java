package io.pcmops;

/** A provider or the cloud behind it failed: an API error, an unreachable endpoint, a refused call. */
public class ProviderException extends PcmopsException {

    private final boolean retryable;

    public ProviderException(String message) {
        this(message, null, false);
    }

    public ProviderException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public ProviderException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
