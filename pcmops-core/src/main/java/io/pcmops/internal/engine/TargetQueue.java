package io.pcmops.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Targets not yet put in a unit, one queue per unit key in plan order. Units are taken round robin over the keys, so
 * the accounts and regions of a run progress together.
 */
final class TargetQueue {

    private final Map<String, ArrayDeque<Integer>> byKey = new LinkedHashMap<>();
    private int size;

    void add(int seq, String key) {
        byKey.computeIfAbsent(key, k -> new ArrayDeque<>()).add(seq);
        size++;
    }

    int size() {
        return size;
    }

    /** Takes up to {@code max} targets of the key that has waited longest, or an empty list. */
    List<Integer> takeNextUnit(int max) {
        Iterator<Map.Entry<String, ArrayDeque<Integer>>> keys = byKey.entrySet().iterator();
        if (!keys.hasNext() || max <= 0) {
            return List.of();
        }
        Map.Entry<String, ArrayDeque<Integer>> first = keys.next();
        keys.remove();
        List<Integer> taken = new ArrayList<>();
        while (taken.size() < max && !first.getValue().isEmpty()) {
            taken.add(first.getValue().poll());
        }
        size -= taken.size();
        if (!first.getValue().isEmpty()) {
            byKey.put(first.getKey(), first.getValue());
        }
        return taken;
    }

    /** Empties the queue, returning what was in it in plan order. */
    List<Integer> drain() {
        List<Integer> drained = byKey.values().stream().flatMap(ArrayDeque::stream).sorted().toList();
        byKey.clear();
        size = 0;
        return drained;
    }

    /** Removes one target wherever it waits. */
    void remove(int seq) {
        for (ArrayDeque<Integer> queue : byKey.values()) {
            if (queue.remove(seq)) {
                size--;
                return;
            }
        }
    }
}
