package io.pcmops.aws.internal.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcmops.InvalidRequestException;
import io.pcmops.spi.Secret;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Reads AWS keys a user pasted: environment lines ({@code export AWS_ACCESS_KEY_ID=…}, PowerShell
 * {@code $env:…}), whitespace-separated {@code AKIA… secret [token]}, AWS CLI INI ({@code aws_access_key_id = …})
 * and JSON ({@code {AccessKeyId, SecretAccessKey, SessionToken, Expiration}}, also wrapped in {@code Credentials}
 * as {@code aws sts assume-role} prints it). Errors name what is wrong and never echo a secret.
 */
public final class PastedCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENV_LINE = Pattern.compile(
            "^\\s*(?:export\\s+|set\\s+|\\$env:)?(AWS_[A-Z_]+)\\s*=\\s*(.*?)\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);

    private PastedCredentials() {
    }

    /** Parses pasted text into a secret with {@code accessKeyId}, {@code secretAccessKey} and optional fields. */
    public static Secret parse(String pasted) {
        String text = pasted == null ? "" : pasted.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("nothing was pasted: paste an access key id and a secret access key");
        }
        Map<String, String> fields;
        if (text.startsWith("{")) {
            fields = fromJson(text);
        } else if (text.toLowerCase(Locale.ROOT).contains("aws_access_key_id") && !ENV_LINE.matcher(firstLine(text))
                .matches()) {
            fields = fromIni(text);
        } else if (text.toUpperCase(Locale.ROOT).contains("AWS_ACCESS_KEY_ID")) {
            fields = fromEnvironment(text);
        } else {
            fields = fromWords(text);
        }
        return SecretFields.check(fields);
    }

    private static Map<String, String> fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            throw new InvalidRequestException("the pasted JSON is not valid JSON (" + location(e) + ")");
        }
        JsonNode node = root.has("Credentials") ? root.get("Credentials") : root;
        Map<String, String> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String field = SecretFields.normalize(entry.getKey());
            if (field != null && entry.getValue().isValueNode()) {
                fields.put(field, entry.getValue().asText());
            }
        });
        return fields;
    }

    private static Map<String, String> fromIni(String text) {
        String content = text.startsWith("[") ? text : "[default]\n" + text;
        ProfileFile file;
        try {
            file = ProfileFile.builder().type(ProfileFile.Type.CREDENTIALS)
                    .content(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))).build();
        } catch (RuntimeException e) {
            throw new InvalidRequestException("the pasted AWS CLI credentials could not be read: check the "
                    + "[profile] lines and 'name = value' lines");
        }
        Profile profile = file.profiles().values().stream()
                .filter(p -> p.property("aws_access_key_id").isPresent()).findFirst()
                .orElseThrow(() -> new InvalidRequestException("the pasted INI has no aws_access_key_id line"));
        Map<String, String> fields = new LinkedHashMap<>();
        profile.properties().forEach((name, value) -> {
            String field = SecretFields.normalize(name);
            if (field != null) {
                fields.put(field, value);
            }
        });
        return fields;
    }

    private static Map<String, String> fromEnvironment(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            Matcher matcher = ENV_LINE.matcher(line);
            if (matcher.matches()) {
                String field = SecretFields.normalize(matcher.group(1));
                if (field != null) {
                    fields.put(field, unquote(matcher.group(2)));
                }
            }
        }
        return fields;
    }

    private static Map<String, String> fromWords(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 3) {
            throw new InvalidRequestException("could not read the pasted credentials: expected 'ACCESS_KEY_ID "
                    + "SECRET_ACCESS_KEY [SESSION_TOKEN]', environment lines, AWS CLI INI or JSON, got "
                    + words.length + " word(s)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(SecretFields.ACCESS_KEY_ID, words[0]);
        fields.put(SecretFields.SECRET_ACCESS_KEY, words[1]);
        if (words.length == 3) {
            fields.put(SecretFields.SESSION_TOKEN, words[2]);
        }
        return fields;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static String location(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null) {
            return "line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
        }
        return "unreadable";
    }
}
