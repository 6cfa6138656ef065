package io.pcmops.http.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address or CIDR range ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code fd00::/8}). Only literal addresses
 * are parsed; nothing is ever looked up in DNS.
 *
 * @param network the address bytes
 * @param prefix  how many leading bits must match
 */
record AddressRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * Parses a range from the configuration.
     *
     * @throws IllegalArgumentException naming the value when it is not an address or range
     */
    static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", 2);
        byte[] address = literal(parts[0]).map(InetAddress::getAddress).orElseThrow(() ->
                new IllegalArgumentException("trusted proxy '" + text + "' is not an IP address or CIDR range"));
        int prefix = parts.length == 1 ? address.length * 8 : prefixOf(parts[1], address.length * 8, text);
        return new AddressRange(address, prefix);
    }

    /** Returns the address a text names when it is an IPv4 or IPv6 literal. */
    static Optional<InetAddress> literal(String text) {
        String value = text == null ? "" : text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > 45 || !(IPV4.matcher(value).matches() || value.contains(":"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Returns whether an address lies in this range. */
    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = rest == 0 ? 0 : (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (bytes[full] & mask) == (network[full] & mask);
    }

    private static int prefixOf(String text, int max, String whole) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("trusted proxy '" + whole + "' has a bad prefix length");
    }
}
