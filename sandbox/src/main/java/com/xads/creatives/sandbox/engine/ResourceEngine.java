package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.rules.OperationRules;
import com.xads.creatives.rules.Rule;
import com.xads.creatives.rules.RuleEvaluator;
import com.xads.creatives.rules.RuleViolation;
import com.xads.creatives.sandbox.store.Cursors;
import com.xads.creatives.sandbox.store.DueTimes;
import com.xads.creatives.sandbox.store.ListQuery;
import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.Page;
import com.xads.creatives.sandbox.store.StoredObject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;
import static com.xads.creatives.sandbox.engine.OperationDescriptor.ListFilter;

/**
 * Carries out a checked request on the store and returns the success body; refusals are {@link ApiException}s.
 * List, get, delete, the envelopes and the result rules are the same for every resource; create, update and the
 * x-actions are the resource's own ({@link ResourceBehaviour}).
 */
public final class ResourceEngine implements AutoCloseable {

    /** Conditional writes tried per request before it is answered 503: each failed one lost to a write that landed. */
    private static final int WRITE_ATTEMPTS = 100;

    private final EntityContext ctx;
    private final Map<String, ResourceBehaviour> behaviours;
    private final OperationRules rules;
    private final RuleEvaluator evaluator;
    private final Map<String, Integer> defaultCounts;
    private final DuePublisher due;

    public ResourceEngine(EntityContext ctx, OperationRules rules, Map<String, Integer> defaultCounts) {
        this.ctx = ctx;
        this.behaviours = ctx.resources().behaviours(ctx);
        this.rules = rules;
        this.evaluator = new RuleEvaluator(ctx.clock());
        this.defaultCounts = defaultCounts;
        this.due = new DuePublisher(ctx, behaviours);
    }

    /** The engine of a store, with everything else read from the contract. */
    public static ResourceEngine of(ContractDocument document, ObjectStore store, Clock clock) {
        return of(document, ResourceTable.fromContract(document), store, clock, new Ids(clock));
    }

    public static ResourceEngine of(ContractDocument document, ResourceTable resources, ObjectStore store, Clock clock,
                                    Ids ids) {
        EntityContext context = new EntityContext(store, clock, ids,
                new MediaLibrary(store, resources.kind("media_library_item")), resources);
        return new ResourceEngine(context, OperationRules.fromDocument(document.root()), defaultCounts(document));
    }

    /** The default page size of each list operation, read from its count parameter in the contract. */
    private static Map<String, Integer> defaultCounts(ContractDocument document) {
        Map<String, Integer> counts = new HashMap<>();
        for (ContractDocument.Operation op : document.operations()) {
            for (var p : op.parameters()) {
                var parameter = document.resolve(p);
                if ("count".equals(parameter.path("name").asText())) {
                    counts.put(op.id(), parameter.path("schema").path("default").asInt(200));
                }
            }
        }
        return counts;
    }

    /** What goes live when due; the sandbox calls it when its clock moves and when the store was reset. */
    public DuePublisher duePublisher() {
        return due;
    }

    public EntityContext context() {
        return ctx;
    }

    public ResourceBehaviour behaviour(ResourceKind kind) {
        return behaviours.get(kind.key());
    }

    public ObjectNode handle(SandboxRequest r) {
        OperationDescriptor op = ctx.resources().operation(r.operationId());
        ResourceBehaviour behaviour = behaviour(op.kind());
        return switch (op.action()) {
            case LIST -> list(r, op, behaviour);
            case GET -> Envelopes.of(r, visible(r, op).body());
            case CREATE -> Envelopes.of(r, create(r, op, behaviour));
            case UPDATE -> Envelopes.of(r, update(r, op, behaviour));
            case DELETE -> Envelopes.of(r, delete(r, op, behaviour));
            case CUSTOM -> behaviour.perform(op.customAction(), r, op);
        };
    }

    private StoredObject visible(SandboxRequest r, OperationDescriptor op) {
        return ctx.require(op.kind(), r.account(), r.pathValues().get(op.idParameter()), op.idParameter(),
                r.params().path("with_deleted").asBoolean(false));
    }

    private ObjectNode create(SandboxRequest r, OperationDescriptor op, ResourceBehaviour behaviour) {
        ObjectNode entity = behaviour.create(r);
        StoredObject stored = op.kind().stored(r.account(), behaviour.stored(r, entity));
        if (stored.dueAt() == null) {
            ctx.store().put(stored);
            return entity;
        }
        for (int attempt = 1; !ctx.store().write(List.of(stored), admittedDueTime(behaviour, stored, null)); attempt++) {
            contended(attempt);
        }
        due.scheduled(stored.dueAt());
        return entity;
    }

    /**
     * Read, change, write while the stored object is still as read; when another write came first (another request,
     * another sandbox on the same database, the publisher), the change is made again on what that write left.
     */
    private ObjectNode update(SandboxRequest r, OperationDescriptor op, ResourceBehaviour behaviour) {
        for (int attempt = 1; ; attempt++) {
            StoredObject read = visible(r, op);
            ObjectNode changed = behaviour.update(r, read.body().deepCopy());
            List<RuleViolation> violations = evaluator.evaluate(rules.of(r.operationId()), changed, Rule.Phase.RESULT);
            if (!violations.isEmpty()) {
                RuleViolation v = violations.get(0);
                throw ApiException.badRequest(v.code(), v.parameter(), v.message());
            }
            StoredObject stored = op.kind().stored(r.account(), changed).replacing(read);
            if (ctx.store().write(List.of(stored), admittedDueTime(behaviour, stored, read))) {
                if (stored.dueAt() != null) {
                    due.scheduled(stored.dueAt());
                }
                return changed;
            }
            contended(attempt);
        }
    }

    /**
     * Null when the object brings no new due time; otherwise the account's due times near it, which the behaviour
     * has admitted it among, for a write that fails if another due time was set meanwhile.
     */
    private DueTimes admittedDueTime(ResourceBehaviour behaviour, StoredObject stored, StoredObject read) {
        Instant at = stored.dueAt();
        Duration window = behaviour.dueWindow();
        if (at == null || window.isZero() || (read != null && at.equals(read.dueAt()))) {
            return null;
        }
        DueTimes near = ctx.store().due(stored.kind(), stored.account(), at.minus(window), at.plus(window));
        behaviour.admitDue(at, near.objects().stream().filter(o -> !o.id().equals(stored.id()))
                .map(StoredObject::dueAt).toList());
        return near;
    }

    /** After a failed conditional write: try again, after a short random pause once it keeps failing. */
    private static void contended(int attempt) {
        if (attempt >= WRITE_ATTEMPTS) {
            throw ApiException.of(503, "SERVICE_UNAVAILABLE", null,
                    "This object is being changed by too many requests at once; retry after 1 second")
                    .withHeader("retry-after", "1");
        }
        if (attempt > 2) {
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(Math.min(attempt, 20) * 100_000L));
        }
    }

    private ObjectNode delete(SandboxRequest r, OperationDescriptor op, ResourceBehaviour behaviour) {
        for (int attempt = 1; ; attempt++) {
            StoredObject found = visible(r, op);
            ObjectNode body = behaviour.markDeleted(found.body().deepCopy(), ctx.now());
            if (!op.kind().softDelete()) {
                ctx.store().delete(op.kind().key(), r.account(), found.id());
                return body;
            }
            if (ctx.store().write(List.of(op.kind().stored(r.account(), body).replacing(found)), null)) {
                return body;
            }
            contended(attempt);
        }
    }

    private ObjectNode list(SandboxRequest r, OperationDescriptor op, ResourceBehaviour behaviour) {
        ResourceKind listed = behaviour.listedKind(r, op.kind());
        List<String> ids = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        String namePrefix = null;
        String term = null;
        for (Map.Entry<String, ListFilter> filter : op.filters().entrySet()) {
            if (!r.raw().containsKey(filter.getKey())) {
                continue;
            }
            List<String> values = values(r, filter.getKey());
            switch (filter.getValue()) {
                case ID -> ids.addAll(values);
                case URI -> uris.addAll(values);
                case TYPE -> types.addAll(values);
                case PARENT -> parents.addAll(values);
                case NAME_PREFIX -> namePrefix = r.text(filter.getKey());
                case TERM -> term = r.text(filter.getKey());
            }
        }
        String cursor = r.text("cursor");
        if (cursor != null && !Cursors.isCursor(cursor)) {
            throw ApiException.badRequest("INVALID_PARAMETER", "cursor", "This cursor was not issued by this server");
        }
        String sortBy = r.text("sort_by") == null ? "created_at-asc" : r.text("sort_by");
        ListQuery.SortColumn sort = ListQuery.SortColumn.valueOf(sortBy.substring(0, sortBy.lastIndexOf('-')).toUpperCase());
        int count = r.params().has("count") ? r.params().get("count").asInt() : defaultCounts.getOrDefault(r.operationId(), 200);
        ListQuery query = new ListQuery(listed.key(), r.account(), ids, uris, types, parents, namePrefix, term,
                r.params().path("with_deleted").asBoolean(false), sort, sortBy.endsWith("-desc"), count, cursor);
        Page page = ctx.store().list(query);
        ObjectNode body = NODES.objectNode();
        ArrayNode data = body.putArray("data");
        for (StoredObject o : page.objects()) {
            data.add(listed == op.kind() ? o.body() : behaviour.listedAs(o.body(), listed));
        }
        body.set("request", Envelopes.echo(r));
        body.put("next_cursor", page.nextCursor());
        if (r.params().path("with_total_count").asBoolean(false)) {
            body.put("total_count", ctx.store().count(query));
        }
        return body;
    }

    /** A list parameter's values, or a single value as a list of one. */
    private static List<String> values(SandboxRequest r, String name) {
        var value = r.params().get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(v -> values.add(v.asText()));
            return values;
        }
        return List.of(value.asText());
    }

    @Override
    public void close() {
        due.close();
    }
}
