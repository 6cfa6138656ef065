package io.pcmops.aws.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request received by the {@link FaultProxy}, classified: service from the SigV4 credential scope, operation from
 * {@code X-Amz-Target} (JSON protocols), the {@code Action} form field or query parameter (Query/EC2 protocols), or
 * else the HTTP method (REST protocols such as S3).
 *
 * @param exchange the exchange
 * @param body the whole request body
 * @param service e.g. {@code ssm}, {@code sts}, {@code ec2}, {@code s3}; {@code unknown} without SigV4
 * @param region the region the request was signed for, or {@code null} without SigV4
 * @param operation e.g. {@code SendCommand}, {@code AssumeRole}, {@code PUT}
 * @param protocol how the upstream answers errors
 * @param form the form fields (Query protocols) merged with the query parameters
 */
record ProxyRequest(HttpExchange exchange, byte[] body, String service, String region, String operation,
        Protocol protocol, Map<String, String> form) {

    /** Error dialects of AWS protocols. */
    enum Protocol { JSON, QUERY, EC2, REST_XML }

    static ProxyRequest of(HttpExchange exchange, byte[] body) {
        Optional<SigV4Scope> scope = SigV4Scope.parse(exchange.getRequestHeaders().getFirst("Authorization"));
        String service = scope.map(SigV4Scope::service).orElse("unknown");
        String region = scope.map(SigV4Scope::region).orElse(null);
        Map<String, String> form = decode(exchange.getRequestURI().getRawQuery());
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            form.putAll(decode(new String(body, StandardCharsets.UTF_8)));
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            return new ProxyRequest(exchange, body, service, region, target.substring(target.lastIndexOf('.') + 1),
                    Protocol.JSON, form);
        }
        String action = form.get("Action");
        if (action != null) {
            Protocol protocol = service.equals("ec2") ? Protocol.EC2 : Protocol.QUERY;
            return new ProxyRequest(exchange, body, service, region, action, protocol, form);
        }
        return new ProxyRequest(exchange, body, service, region, exchange.getRequestMethod(), Protocol.REST_XML, form);
    }

    /** The counting key, {@code service:operation}. */
    String key() {
        return service + ":" + operation;
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }
}
