package io.pcmops.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.PersistenceException;

/** Reads and writes JSON columns of the store with the shared mapper. */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        try {
            return JsonMappers.shared().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("could not encode " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JsonMappers.shared().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("stored JSON is not a valid " + type.getSimpleName(), e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return JsonMappers.shared().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("stored JSON is not valid for " + type.getType(), e);
        }
    }
}
