package com.xads.creatives.clientgen;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Per tag of the contract, a resource interface over the generated Retrofit API of that tag: it is that API (every
 * raw method stays), plus a method per operation that takes the operation's request class and returns the
 * envelope's {@code data} (a {@code Page} for lists), and an async twin. And one interface that gives the client an
 * accessor per resource.
 */
final class ResourceWriter {

    static final String PACKAGE = "com.xads.creatives.client.resources";

    private ResourceWriter() {
    }

    static String interfaceName(String tag) {
        return Names.pascal(tag);
    }

    static Map<String, List<Operation>> byTag(List<Operation> operations) {
        return operations.stream().collect(Collectors.groupingBy(Operation::tag, TreeMap::new, Collectors.toList()));
    }

    /** The method name of an operation in its resource: its verb where no other operation of the tag has it. */
    static String methodName(Operation op, List<Operation> tagOperations) {
        long sameVerb = tagOperations.stream().filter(o -> o.verb().equals(op.verb())).count();
        return sameVerb == 1 && !op.verb().isEmpty() ? op.verb() : op.id();
    }

    static String write(String tag, List<Operation> operations) {
        String name = interfaceName(tag);
        String raw = "com.xads.creatives.client.api." + name + "Api";
        StringBuilder j = new StringBuilder("package " + PACKAGE + ";\n\n");
        j.append("/**\n * ").append(Names.javadoc(tag)).append(": each operation as a method that takes its request class (named,\n")
                .append(" * typed inputs) and returns the answer's {@code data}; the raw Retrofit methods of {@link ").append(raw)
                .append("} stay.\n * Errors are thrown as the client's unchecked {@link com.xads.creatives.client.errors.AdsApiException}"
                        + " subclasses.\n * <p>Generated from the contract at build time.\n */\n");
        j.append("public interface ").append(name).append(" extends ").append(raw).append(" {\n\n");
        j.append("    /** How the methods below reach the API; supplied by the client, not for direct use. */\n");
        j.append("    ResourceCalls resourceCalls();\n\n");
        for (Operation op : operations) {
            String method = methodName(op, operations);
            String request = RequestClassWriter.PACKAGE + "." + op.className();
            String response = "com.xads.creatives.client.model." + op.responseModel();
            String result = op.dataType() == null ? response : op.list() ? "Page<" + element(op.dataType()) + ">" : op.dataType();
            j.append("    /** ").append(Names.javadoc(op.summary())).append(" ({@code ").append(op.id()).append("}). */\n");
            j.append("    default ").append(result).append(' ').append(method).append('(').append(request).append(" request) {\n");
            j.append("        ").append(response).append(" answer = resourceCalls().execute(").append(raw).append(".class, request, ")
                    .append(response).append(".class);\n");
            if (op.list()) {
                j.append("        return new Page<>(answer.getData(), ").append(op.pages() ? "answer.getNextCursor()" : "null").append(", ")
                        .append(op.counts() ? "answer.getTotalCount()" : "null").append(", ")
                        .append(op.pages() ? "next -> " + method + "(request.toBuilder().cursor(next).build())" : "null").append(");\n");
            } else {
                j.append("        return answer").append(op.dataType() == null ? "" : ".getData()").append(";\n");
            }
            j.append("    }\n\n");
            j.append("    /** {@link #").append(method).append("} without waiting: completes with its result or its exception. */\n");
            j.append("    default java.util.concurrent.CompletableFuture<").append(result).append("> ").append(method)
                    .append("Async(").append(request).append(" request) {\n");
            j.append("        return resourceCalls().async(() -> ").append(method).append("(request));\n    }\n\n");
        }
        j.append("}\n");
        return j.toString();
    }

    private static String element(String listType) {
        return listType.substring("java.util.List<".length(), listType.length() - 1);
    }

    static String writeAccessors(Map<String, List<Operation>> tags) {
        StringBuilder j = new StringBuilder("package " + PACKAGE + ";\n\n");
        j.append("/**\n * An accessor per resource of the contract (one per tag).\n * <p>Generated from the contract at build time.\n */\n");
        j.append("public interface Resources {\n\n");
        j.append("    /** The resource interface of a tag, backed by the client. */\n");
        j.append("    <T> T resource(Class<T> type);\n\n");
        for (String tag : tags.keySet()) {
            String name = interfaceName(tag);
            String accessor = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            j.append("    /** ").append(Names.javadoc(tag)).append(". */\n");
            j.append("    default ").append(name).append(' ').append(accessor).append("() {\n        return resource(")
                    .append(name).append(".class);\n    }\n\n");
        }
        j.append("}\n");
        return j.toString();
    }
}
