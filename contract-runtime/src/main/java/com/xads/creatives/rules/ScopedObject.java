package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A node a rule applies to, with the path that names it in errors ("" for the request's own parameters). */
record ScopedObject(String path, JsonNode node) {

    String name(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /**
     * Resolves a scope such as {@code components[].destination} or {@code slides[][]} against the input:
     * names step into members, each {@code []} steps into every item of an array. Missing members yield nothing.
     */
    static List<ScopedObject> resolve(JsonNode root, String scope) {
        List<ScopedObject> current = new ArrayList<>(List.of(new ScopedObject("", root)));
        for (String segment : scope.split("\\.")) {
            int brackets = segment.indexOf('[');
            String member = brackets < 0 ? segment : segment.substring(0, brackets);
            int depth = brackets < 0 ? 0 : (segment.length() - brackets) / 2;
            List<ScopedObject> next = new ArrayList<>();
            for (ScopedObject object : current) {
                JsonNode child = object.node().get(member);
                if (child != null && !child.isNull()) {
                    next.add(new ScopedObject(object.name(member), child));
                }
            }
            for (int level = 0; level < depth; level++) {
                List<ScopedObject> items = new ArrayList<>();
                for (ScopedObject object : next) {
                    if (object.node().isArray()) {
                        for (int i = 0; i < object.node().size(); i++) {
                            items.add(new ScopedObject(object.path() + "[" + i + "]", object.node().get(i)));
                        }
                    }
                }
                next = items;
            }
            current = next;
        }
        return current;
    }
}
