package io.pcmops.aws.testkit;

import java.util.UUID;

/**
 * An error the {@link FaultProxy} answers instead of the upstream, in the upstream's dialect.
 *
 * @param status HTTP status
 * @param contentType the Content-Type
 * @param body the body
 */
record FaultResponse(int status, String contentType, String body) {

    /** Throttling: JSON 400 {@code ThrottlingException}; Query 400 {@code Throttling}; EC2 503
     * {@code RequestLimitExceeded}; REST (S3) 503 {@code SlowDown}. */
    static FaultResponse throttling(ProxyRequest request) {
        String id = UUID.randomUUID().toString();
        return switch (request.protocol()) {
            case JSON -> new FaultResponse(400, jsonType(request),
                    "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");
            case QUERY -> new FaultResponse(400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type>"
                    + "<Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>" + id
                    + "</RequestId></ErrorResponse>");
            case EC2 -> new FaultResponse(503, "text/xml", "<Response><Errors><Error><Code>RequestLimitExceeded"
                    + "</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>" + id
                    + "</RequestID></Response>");
            case REST_XML -> new FaultResponse(503, "application/xml", "<Error><Code>SlowDown</Code><Message>Please"
                    + " reduce your request rate.</Message><RequestId>" + id + "</RequestId></Error>");
        };
    }

    /**
     * An error without a message: {@code {"__type":"TYPE"}} in a JSON protocol, or with no type an empty body (no
     * error code either, only the status and a request id header).
     */
    static FaultResponse withoutMessage(ProxyRequest request, int status, String type) {
        return type == null || request.protocol() != ProxyRequest.Protocol.JSON
                ? new FaultResponse(status, "text/plain", "")
                : new FaultResponse(status, jsonType(request), "{\"__type\":\"" + type + "\"}");
    }

    /** STS AssumeRole refused: 403 {@code AccessDenied}. */
    static FaultResponse accessDenied(String callerArn, String roleArn) {
        return new FaultResponse(403, "text/xml",
                "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                + "<Code>AccessDenied</Code><Message>User: " + callerArn + " is not authorized to perform: "
                + "sts:AssumeRole on resource: " + roleArn + "</Message></Error><RequestId>"
                + UUID.randomUUID() + "</RequestId></ErrorResponse>");
    }

    private static String jsonType(ProxyRequest request) {
        String type = request.exchange().getRequestHeaders().getFirst("Content-Type");
        return type == null ? "application/x-amz-json-1.1" : type;
    }
}
