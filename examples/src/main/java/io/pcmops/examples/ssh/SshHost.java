package io.pcmops.examples.ssh;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One machine of the hosts file: {@code NAME USER@HOST[:PORT] [PLATFORM]}, one per line, {@code #} comments.
 *
 * @param name     target id and name, unique in the file
 * @param user     login user
 * @param host     host name or address
 * @param port     SSH port
 * @param platform operating-system family (default linux)
 */
public record SshHost(String name, String user, String host, int port, Platform platform) {

    private static final Pattern ADDRESS = Pattern.compile("([^@\\s]+)@([^:\\s]+)(?::(\\d{1,5}))?");

    /** Reads a hosts file. */
    public static List<SshHost> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InvalidRequestException("cannot read the ssh hosts file " + file + ": " + e.getMessage());
        }
        List<SshHost> hosts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                hosts.add(parse(line, file + " line " + (i + 1)));
            }
        }
        return List.copyOf(hosts);
    }

    static SshHost parse(String line, String where) {
        String[] fields = line.split("\\s+");
        Matcher address = fields.length < 2 ? null : ADDRESS.matcher(fields[1]);
        if (address == null || !address.matches() || fields.length > 3) {
            throw new InvalidRequestException(where + ": expected NAME USER@HOST[:PORT] [PLATFORM], got '" + line
                    + "'");
        }
        int port = address.group(3) == null ? 22 : Integer.parseInt(address.group(3));
        Platform platform = fields.length == 3 ? Platform.parse(fields[2]) : Platform.LINUX;
        return new SshHost(fields[0], address.group(1), address.group(2), port, platform);
    }

    /** Returns {@code user@host:port}. */
    public String address() {
        return user + "@" + host + ":" + port;
    }
}
