package com.xads.creatives.sandbox.engine;

import java.util.Map;

/**
 * What the sandbox knows of one operation of the contract, all of it read from the contract.
 *
 * @param kind         the resource it works on
 * @param customAction the x-action name when {@code action} is CUSTOM, else null
 * @param idParameter  the path parameter naming the object (the path's last one), or null on a collection
 * @param filters      the list's filtering query parameters and their x-filter role
 */
public record OperationDescriptor(String operationId, String method, String path, ResourceKind kind, Action action,
                                  String customAction, String idParameter, Map<String, ListFilter> filters) {

    /** The x-filter roles: how a list parameter narrows the list. */
    public enum ListFilter {
        ID("id"), URI("uri"), TYPE("type"), PARENT("parent"), NAME_PREFIX("name-prefix"), TERM("term");

        public final String word;

        ListFilter(String word) {
            this.word = word;
        }

        static ListFilter of(String word) {
            for (ListFilter f : values()) {
                if (f.word.equals(word)) {
                    return f;
                }
            }
            return null;
        }
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + path + ")";
    }
}
