package io.pcmops.aws.testkit;

/** An SSM error answer: the {@code __type} shape name, its message and the HTTP status (400 unless a fault). */
final class SsmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int status;

    SsmException(String type, String message) {
        this(type, message, 400);
    }

    SsmException(String type, String message, int status) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    String type() {
        return type;
    }

    int status() {
        return status;
    }

    static SsmException validation(String value, String member, String constraint) {
        return new SsmException("ValidationException", "1 validation error detected: Value '" + value + "' at '"
                + member + "' failed to satisfy constraint: " + constraint);
    }
}
