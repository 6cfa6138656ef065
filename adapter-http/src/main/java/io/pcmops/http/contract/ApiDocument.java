package io.pcmops.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import io.helidon.http.Method;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The API's OpenAPI 3.1 document ({@code openapi.yaml} in the server's resources), read once. It is the truth: the
 * server serves it at {@code /openapi}, every API route must be described in it, and every API request is checked
 * against its operation before a handler sees it.
 */
@Singleton
public final class ApiDocument {

    /** Where the document lives on the class path. */
    public static final String RESOURCE = "io/pcmops/http/api/openapi.yaml";

    private final byte[] yaml;
    private final JsonNode root;
    private final SchemaRegistry schemas;

    @Inject
    public ApiDocument() {
        this.yaml = read();
        try {
            this.root = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document " + RESOURCE + " is not valid YAML", e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).build();
        this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemaRegistryConfig(config));
    }

    /** Returns the document as written. */
    public byte[] yaml() {
        return yaml.clone();
    }

    /** Returns the operation the document describes for a method and a path template, if it does. */
    public Optional<OperationContract> operation(Method method, String path) {
        JsonNode operation = root.path("paths").path(path).path(method.text().toLowerCase(Locale.ROOT));
        if (!operation.isObject()) {
            return Optional.empty();
        }
        return Optional.of(OperationContract.of(this, method.text() + " " + path, pointer(path, method), operation,
                root.path("paths").path(path)));
    }

    /** Returns the schema at a JSON pointer into the document, with its references resolved there. */
    Schema schema(String pointer) {
        return schemas.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + pointer));
    }

    /** Returns the node at a JSON pointer into the document, following a reference found there. */
    JsonNode node(String pointer) {
        return resolve(root.at(pointer));
    }

    /** Returns the node a local reference ({@code #/components/...}) names, or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = root.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static String pointer(String path, Method method) {
        return "/paths/" + escape(path) + "/" + method.text().toLowerCase(Locale.ROOT);
    }

    /** Escapes one JSON-pointer segment. */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static byte[] read() {
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the server");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
