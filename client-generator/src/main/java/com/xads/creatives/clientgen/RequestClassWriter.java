package com.xads.creatives.clientgen;

import java.util.ArrayList;
import java.util.List;

/**
 * The request class of one operation: an immutable value with a builder that has a named, typed setter per input
 * (javadoc from the contract, limits included), {@code build()} refusing a missing required input by name, and the
 * wire names and values the client sends ({@code ApiRequest}).
 */
final class RequestClassWriter {

    static final String PACKAGE = "com.xads.creatives.client.requests";

    private RequestClassWriter() {
    }

    static String enumName(Operation.Input input) {
        return Names.pascal(input.wireName());
    }

    static String write(Operation op) {
        StringBuilder j = new StringBuilder();
        String cls = op.className();
        j.append("package ").append(PACKAGE).append(";\n\n");
        j.append("/**\n * ").append(Names.javadoc(op.summary())).append(" ({@code ").append(op.method().toUpperCase())
                .append(' ').append(Names.javadoc(op.path())).append("}, operation {@code ").append(op.id()).append("}).\n");
        if (!op.description().isBlank()) {
            j.append(" * <p>").append(Names.javadoc(op.description())).append("\n");
        }
        if (!op.rules().isEmpty()) {
            j.append(" * <p>Rules of the contract, checked by the API:\n * <ul>\n");
            op.rules().forEach(r -> j.append(" * <li>").append(Names.javadoc(r)).append("</li>\n"));
            j.append(" * </ul>\n");
        }
        j.append(" * <p>Generated from the contract at build time.\n */\n");
        j.append("public final class ").append(cls).append(" implements com.xads.creatives.client.resources.ApiRequest {\n\n");
        for (Operation.Input in : op.inputs()) {
            if (in.isEnum()) {
                writeEnum(j, in);
            }
        }
        for (Operation.Input in : op.inputs()) {
            j.append("    private final ").append(in.javaType(enumName(in))).append(' ').append(in.javaName()).append(";\n");
        }
        if (op.bodyModel() != null) {
            j.append("    private final com.xads.creatives.client.model.").append(op.bodyModel()).append(" body;\n");
        }
        j.append("\n    private ").append(cls).append("(Builder builder) {\n");
        for (Operation.Input in : op.inputs()) {
            j.append("        this.").append(in.javaName()).append(" = builder.").append(in.javaName()).append(";\n");
        }
        if (op.bodyModel() != null) {
            j.append("        this.body = builder.body;\n");
        }
        j.append("    }\n\n");
        j.append("    public static Builder builder() {\n        return new Builder();\n    }\n\n");
        j.append("    /** A builder holding this request's values, to change some of them. */\n");
        j.append("    public Builder toBuilder() {\n        Builder builder = new Builder();\n");
        for (Operation.Input in : op.inputs()) {
            j.append("        builder.").append(in.javaName()).append(" = ").append(in.javaName()).append(";\n");
        }
        if (op.bodyModel() != null) {
            j.append("        builder.body = body;\n");
        }
        j.append("        return builder;\n    }\n\n");
        for (Operation.Input in : op.inputs()) {
            j.append("    /** The {@code ").append(in.wireName()).append("} parameter, or null when not set. */\n");
            j.append("    public ").append(in.javaType(enumName(in))).append(' ').append(in.javaName()).append("() {\n        return ")
                    .append(in.javaName()).append(";\n    }\n\n");
        }
        if (op.bodyModel() != null) {
            j.append("    /** The JSON body. */\n    public com.xads.creatives.client.model.").append(op.bodyModel())
                    .append(" body() {\n        return body;\n    }\n\n");
        }
        j.append("    @Override\n    public String operationId() {\n        return ").append(Names.literal(op.id())).append(";\n    }\n\n");
        j.append("    @Override\n    public java.util.Map<String, Object> wireValues() {\n");
        j.append("        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();\n");
        for (Operation.Input in : op.inputs()) {
            String value = in.isEnum() ? in.javaName() + " == null ? null : " + in.javaName() + ".value()" : in.javaName();
            j.append("        values.put(").append(Names.literal(in.wireName())).append(", ").append(value).append(");\n");
        }
        j.append("        values.values().removeIf(java.util.Objects::isNull);\n        return values;\n    }\n\n");
        j.append("    @Override\n    public Object wireBody() {\n        return ").append(op.bodyModel() == null ? "null" : "body")
                .append(";\n    }\n\n");
        j.append("    @Override\n    public String toString() {\n        return ").append(Names.literal(op.id() + " "))
                .append(" + wireValues() + (wireBody() == null ? \"\" : \" \" + wireBody());\n    }\n\n");
        writeBuilder(j, op);
        j.append("}\n");
        return j.toString();
    }

    private static void writeEnum(StringBuilder j, Operation.Input in) {
        String name = enumName(in);
        j.append("    /** The values of {@code ").append(in.wireName()).append("}. */\n");
        j.append("    public enum ").append(name).append(" {\n");
        List<String> constants = new ArrayList<>();
        in.schema().path("enum").forEach(v -> constants.add("        " + Names.constant(v.asText()) + "(" + Names.literal(v.asText()) + ")"));
        j.append(String.join(",\n", constants)).append(";\n\n");
        j.append("        private final String value;\n\n        ").append(name).append("(String value) {\n            this.value = value;\n        }\n\n");
        j.append("        /** The value as sent. */\n        public String value() {\n            return value;\n        }\n\n");
        j.append("        /** The constant of a value as sent; IllegalArgumentException for another. */\n");
        j.append("        public static ").append(name).append(" fromValue(String value) {\n            for (").append(name)
                .append(" constant : values()) {\n                if (constant.value.equals(value)) {\n                    return constant;\n"
                        + "                }\n            }\n            throw new IllegalArgumentException(").append(Names.literal(in.wireName() + " has no value "))
                .append(" + value);\n        }\n    }\n\n");
    }

    private static void writeBuilder(StringBuilder j, Operation op) {
        String cls = op.className();
        j.append("    /** Sets the inputs by name; {@link #build()} checks that the required ones are there. */\n");
        j.append("    public static final class Builder {\n");
        for (Operation.Input in : op.inputs()) {
            j.append("        private ").append(in.javaType(enumName(in))).append(' ').append(in.javaName()).append(";\n");
        }
        if (op.bodyModel() != null) {
            j.append("        private com.xads.creatives.client.model.").append(op.bodyModel()).append(" body;\n");
        }
        j.append("\n        private Builder() {\n        }\n\n");
        for (Operation.Input in : op.inputs()) {
            String type = in.setterType(enumName(in));
            j.append("        /**\n         * ").append(in.required() ? "Required. " : "").append(Names.javadoc(in.description()));
            String limits = in.limits();
            if (!limits.isEmpty()) {
                j.append("\n         * <p>Limits: ").append(limits).append('.');
            }
            j.append("\n         */\n");
            j.append("        public Builder ").append(in.javaName()).append('(').append(type).append(" value) {\n            this.")
                    .append(in.javaName()).append(" = value;\n            return this;\n        }\n\n");
            if (in.isList()) {
                j.append("        /** The same, as separate values. */\n        public Builder ").append(in.javaName())
                        .append("(String... values) {\n            return ").append(in.javaName())
                        .append("(java.util.List.of(values));\n        }\n\n");
            }
        }
        if (op.bodyModel() != null) {
            j.append("        /** ").append(op.bodyRequired() ? "Required. " : "").append("The JSON body. */\n");
            j.append("        public Builder body(com.xads.creatives.client.model.").append(op.bodyModel())
                    .append(" value) {\n            this.body = value;\n            return this;\n        }\n\n");
        }
        j.append("        /** The request; IllegalStateException naming every required input that is not set. */\n");
        j.append("        public ").append(cls).append(" build() {\n");
        j.append("            java.util.List<String> missing = new java.util.ArrayList<>();\n");
        for (Operation.Input in : op.inputs()) {
            if (in.required()) {
                j.append("            if (").append(in.javaName()).append(" == null) {\n                missing.add(")
                        .append(Names.literal(in.wireName())).append(");\n            }\n");
            }
        }
        if (op.bodyModel() != null && op.bodyRequired()) {
            j.append("            if (body == null) {\n                missing.add(\"body\");\n            }\n");
        }
        j.append("            if (!missing.isEmpty()) {\n                throw new IllegalStateException(").append(Names.literal(op.id() + " needs "))
                .append(" + String.join(\", \", missing));\n            }\n");
        j.append("            return new ").append(cls).append("(this);\n        }\n    }\n");
    }
}
