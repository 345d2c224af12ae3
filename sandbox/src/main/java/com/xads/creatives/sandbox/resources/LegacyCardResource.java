package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.Envelopes;
import com.xads.creatives.sandbox.engine.OperationDescriptor;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import com.xads.creatives.sandbox.store.StoredObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;

/**
 * The card fetch endpoints (cards/all) find a card whichever endpoint made it: a legacy card as stored, or a card of
 * a resource {@code shown-as: LegacyCard} with the members the legacy card shape has.
 */
public final class LegacyCardResource implements ResourceBehaviour {

    private final EntityContext ctx;

    public LegacyCardResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode perform(String action, SandboxRequest r, OperationDescriptor op) {
        boolean withDeleted = r.params().path("with_deleted").asBoolean(false);
        List<ResourceKind> searched = searched(op.kind());
        return switch (action) {
            case "fetch-by-uri" -> {
                ObjectNode body = NODES.objectNode();
                ArrayNode data = body.putArray("data");
                for (String uri : EntityContext.texts(r, "card_uris")) {
                    find(searched, kind -> ctx.store().getByAltId(kind.key(), r.account(), uri), withDeleted, op.kind())
                            .ifPresent(data::add);
                }
                body.set("request", Envelopes.echo(r));
                yield body;
            }
            case "fetch-by-id" -> {
                String id = r.pathValues().get(op.idParameter());
                ObjectNode card = find(searched, kind -> ctx.store().get(kind.key(), r.account(), id), withDeleted, op.kind())
                        .orElseThrow(() -> op.kind().notFound(id, op.idParameter()));
                yield Envelopes.of(r, card);
            }
            default -> throw new UnsupportedOperationException(action + " of " + r.operationId());
        };
    }

    /** The legacy cards themselves first, then every resource shown as one. */
    private List<ResourceKind> searched(ResourceKind legacy) {
        List<ResourceKind> kinds = new ArrayList<>(List.of(legacy));
        ctx.resources().kinds().stream().filter(k -> legacy.schema().equals(k.shownAs())).forEach(kinds::add);
        return kinds;
    }

    private Optional<ObjectNode> find(List<ResourceKind> searched, Function<ResourceKind, Optional<StoredObject>> lookup,
                                      boolean withDeleted, ResourceKind legacy) {
        for (ResourceKind kind : searched) {
            Optional<StoredObject> found = lookup.apply(kind).filter(o -> withDeleted || !o.deleted());
            if (found.isPresent()) {
                ObjectNode card = found.get().body();
                if (kind != legacy) {
                    card = card.deepCopy();
                    card.retain(legacy.members());
                }
                return Optional.of(card);
            }
        }
        return Optional.empty();
    }
}
