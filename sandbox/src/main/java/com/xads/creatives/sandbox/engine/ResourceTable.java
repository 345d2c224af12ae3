package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's resources and operations, built from the contract at start: a {@link ResourceKind} per entity schema
 * with {@code x-resource}, an {@link OperationDescriptor} per operation, and the class of each resource's own
 * behaviour. A contract the sandbox cannot serve fails here, naming the operation.
 */
public final class ResourceTable {

    public static final String BEHAVIOUR_PACKAGE = "com.xads.creatives.sandbox.resources";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Map<String, ResourceKind> kinds;
    private final Map<String, OperationDescriptor> operations;
    private final Map<String, Class<? extends ResourceBehaviour>> behaviours;

    private ResourceTable(Map<String, ResourceKind> kinds, Map<String, OperationDescriptor> operations,
                          Map<String, Class<? extends ResourceBehaviour>> behaviours) {
        this.kinds = kinds;
        this.operations = operations;
        this.behaviours = behaviours;
    }

    public static ResourceTable fromContract(ContractDocument document) {
        return fromContract(document, ResourceTable::behaviourClass);
    }

    /** @param behaviourOf the class of a resource's behaviour, by entity schema name */
    static ResourceTable fromContract(ContractDocument document,
                                      Function<String, Optional<Class<? extends ResourceBehaviour>>> behaviourOf) {
        Map<String, String> deleteModes = new LinkedHashMap<>();
        for (ContractDocument.Operation op : document.operations()) {
            if (op.method().equals("delete")) {
                String schema = entitySchema(document, op);
                String mode = op.node().path("x-delete").asText("");
                if (!mode.equals("soft") && !mode.equals("hard")) {
                    throw new IllegalStateException("operation " + describe(op) + " has no x-delete (soft or hard)");
                }
                if (schema != null) {
                    deleteModes.put(schema, mode);
                }
            }
        }
        Map<String, ResourceKind> bySchema = new LinkedHashMap<>();
        document.root().path("components").path("schemas").fields().forEachRemaining(e -> {
            JsonNode resource = e.getValue().get("x-resource");
            if (resource != null) {
                bySchema.put(e.getKey(), new ResourceKind(required(resource, "kind", e.getKey()),
                        e.getKey(), required(resource, "id", e.getKey()), required(resource, "not-found", e.getKey()),
                        optional(resource, "type"), optional(resource, "parent"), optional(resource, "due"),
                        optional(resource, "shown-as"), "soft".equals(deleteModes.get(e.getKey())),
                        members(e.getValue())));
            }
        });
        Map<String, OperationDescriptor> operations = new LinkedHashMap<>();
        Map<String, Class<? extends ResourceBehaviour>> behaviours = new LinkedHashMap<>();
        for (ContractDocument.Operation op : document.operations()) {
            OperationDescriptor descriptor = describe(document, op, bySchema);
            operations.put(op.id(), descriptor);
            Optional<Class<? extends ResourceBehaviour>> behaviour = behaviourOf.apply(descriptor.kind().schema());
            behaviour.ifPresent(c -> behaviours.put(descriptor.kind().key(), c));
            requireBehaviour(descriptor, behaviour.orElse(null));
        }
        Map<String, ResourceKind> kinds = new LinkedHashMap<>();
        bySchema.values().forEach(k -> kinds.put(k.key(), k));
        return new ResourceTable(kinds, operations, behaviours);
    }

    public OperationDescriptor operation(String operationId) {
        OperationDescriptor descriptor = operations.get(operationId);
        if (descriptor == null) {
            throw new IllegalArgumentException("the contract has no operation " + operationId);
        }
        return descriptor;
    }

    public Collection<OperationDescriptor> operations() {
        return operations.values();
    }

    public ResourceKind kind(String key) {
        ResourceKind kind = kinds.get(key);
        if (kind == null) {
            throw new IllegalArgumentException("the contract has no resource of kind " + key);
        }
        return kind;
    }

    public Collection<ResourceKind> kinds() {
        return kinds.values();
    }

    /** The behaviour of each resource, made for the context; resources without a class of their own get the generic one. */
    public Map<String, ResourceBehaviour> behaviours(EntityContext ctx) {
        Map<String, ResourceBehaviour> made = new LinkedHashMap<>();
        for (ResourceKind kind : kinds.values()) {
            Class<? extends ResourceBehaviour> type = behaviours.get(kind.key());
            made.put(kind.key(), type == null ? new ResourceBehaviour() { } : instantiate(type, ctx));
        }
        return made;
    }

    private static OperationDescriptor describe(ContractDocument document, ContractDocument.Operation op,
                                                Map<String, ResourceKind> bySchema) {
        JsonNode xAction = op.node().get("x-action");
        String schema = xAction != null && xAction.has("resource") ? xAction.get("resource").asText() : entitySchema(document, op);
        if (schema == null) {
            throw new IllegalStateException("operation " + describe(op)
                    + " answers no entity in data and has no x-action resource: the sandbox cannot tell its resource");
        }
        ResourceKind kind = bySchema.get(schema);
        if (kind == null) {
            throw new IllegalStateException("operation " + describe(op) + " works on " + schema
                    + ", which has no x-resource extension");
        }
        List<String> pathParameters = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(op.path());
        while (m.find()) {
            pathParameters.add(m.group(1));
        }
        String last = pathParameters.isEmpty() ? null : pathParameters.get(pathParameters.size() - 1);
        String idParameter = last == null || last.equals("account_id") ? null : last;
        Action action;
        String custom = null;
        if (xAction != null) {
            action = Action.CUSTOM;
            custom = xAction.path("name").asText();
        } else {
            boolean item = op.path().endsWith("}") && idParameter != null;
            action = switch (op.method()) {
                case "get" -> item ? Action.GET : Action.LIST;
                case "post" -> Action.CREATE;
                case "put" -> Action.UPDATE;
                case "delete" -> Action.DELETE;
                default -> throw new IllegalStateException("operation " + describe(op) + ": no action for " + op.method());
            };
            if ((action == Action.UPDATE || action == Action.DELETE) && idParameter == null) {
                throw new IllegalStateException("operation " + describe(op) + " has no id parameter in its path");
            }
        }
        Map<String, OperationDescriptor.ListFilter> filters = new LinkedHashMap<>();
        for (JsonNode p : op.parameters()) {
            JsonNode parameter = document.resolve(p);
            if (parameter.has("x-filter")) {
                String name = parameter.path("name").asText();
                OperationDescriptor.ListFilter filter = OperationDescriptor.ListFilter.of(parameter.get("x-filter").asText());
                if (filter == null || action != Action.LIST) {
                    throw new IllegalStateException("operation " + describe(op) + ": parameter " + name + " has x-filter "
                            + parameter.get("x-filter") + (filter == null ? ", which is no filter" : " but the operation lists nothing"));
                }
                if ((filter == OperationDescriptor.ListFilter.TYPE && kind.typeMember() == null)
                        || (filter == OperationDescriptor.ListFilter.PARENT && kind.parentMember() == null)) {
                    throw new IllegalStateException("operation " + describe(op) + ": parameter " + name + " filters by "
                            + filter.word + ", but " + schema + "'s x-resource names no " + filter.word + " member");
                }
                filters.put(name, filter);
            }
        }
        return new OperationDescriptor(op.id(), op.method().toUpperCase(Locale.ROOT), op.path(), kind, action, custom,
                idParameter, Map.copyOf(filters));
    }

    private static void requireBehaviour(OperationDescriptor op, Class<? extends ResourceBehaviour> behaviour) {
        String method = switch (op.action()) {
            case CREATE -> "create";
            case UPDATE -> "update";
            case CUSTOM -> "perform";
            default -> null;
        };
        if (method != null && (behaviour == null || !defines(behaviour, method))) {
            throw new IllegalStateException("operation " + op + " needs " + method + " of resource " + op.kind().key()
                    + ", and no class " + BEHAVIOUR_PACKAGE + "." + op.kind().schema() + "Resource defines it");
        }
    }

    private static boolean defines(Class<?> type, String method) {
        for (var m : type.getDeclaredMethods()) {
            if (m.getName().equals(method) && !m.isSynthetic()) {
                return true;
            }
        }
        return false;
    }

    /** The schema of the entity in the 200 answer's data (one object or a list), or null. */
    private static String entitySchema(ContractDocument document, ContractDocument.Operation op) {
        JsonNode schema = op.node().path("responses").path("200");
        schema = document.resolve(schema).path("content").path("application/json").path("schema");
        JsonNode data = document.resolve(schema).path("properties").path("data");
        if (data.has("items")) {
            data = data.get("items");
        }
        String ref = data.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? ref.substring("#/components/schemas/".length()) : null;
    }

    private static Set<String> members(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }

    private static String describe(ContractDocument.Operation op) {
        return op.id() + " (" + op.method().toUpperCase(Locale.ROOT) + " " + op.path() + ")";
    }

    private static String required(JsonNode resource, String member, String schema) {
        String value = optional(resource, member);
        if (value == null) {
            throw new IllegalStateException("schema " + schema + ": x-resource has no " + member);
        }
        return value;
    }

    private static String optional(JsonNode resource, String member) {
        JsonNode value = resource.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends ResourceBehaviour>> behaviourClass(String schema) {
        try {
            Class<?> type = Class.forName(BEHAVIOUR_PACKAGE + "." + schema + "Resource");
            if (!ResourceBehaviour.class.isAssignableFrom(type)) {
                throw new IllegalStateException(type.getName() + " does not implement " + ResourceBehaviour.class.getName());
            }
            return Optional.of((Class<? extends ResourceBehaviour>) type);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static ResourceBehaviour instantiate(Class<? extends ResourceBehaviour> type, EntityContext ctx) {
        try {
            Constructor<? extends ResourceBehaviour> constructor = type.getConstructor(EntityContext.class);
            return constructor.newInstance(ctx);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " needs a public constructor taking an EntityContext", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("making " + type.getName() + " failed", e.getCause());
        }
    }
}
