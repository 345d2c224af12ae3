package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resource table is read from the contract, and a contract the sandbox cannot serve stops it at start. */
class ResourceTableTest {

    private static final ContractDocument CONTRACT = ContractDocument.load();

    @Test
    void everyOperationOfTheContractHasADescriptor() {
        ResourceTable table = ResourceTable.fromContract(CONTRACT);
        assertEquals(CONTRACT.operations().size(), table.operations().size());
        for (ContractDocument.Operation op : CONTRACT.operations()) {
            assertEquals(op.id(), table.operation(op.id()).operationId());
        }
    }

    @Test
    void kindActionIdParameterDeleteModeAndFiltersComeFromTheContract() {
        ResourceTable table = ResourceTable.fromContract(CONTRACT);
        OperationDescriptor create = table.operation("createPollCard");
        assertEquals("poll_card", create.kind().key());
        assertEquals(Action.CREATE, create.action());
        assertNull(create.idParameter());
        assertEquals(Action.GET, table.operation("getPollCard").action());
        assertEquals("card_id", table.operation("getPollCard").idParameter());
        assertFalse(table.operation("deletePollCard").kind().softDelete(), "x-delete: hard");
        assertTrue(table.operation("deleteCard").kind().softDelete(), "x-delete: soft");
        OperationDescriptor rename = table.operation("updateTweetName");
        assertEquals(Action.UPDATE, rename.action());
        assertEquals("tweet_id", rename.idParameter());
        assertEquals("id_str", rename.kind().idMember());
        OperationDescriptor fetch = table.operation("fetchCards");
        assertEquals(Action.CUSTOM, fetch.action());
        assertEquals("fetch-by-uri", fetch.customAction());
        assertEquals("legacy_card", fetch.kind().key());
        assertEquals("draft_tweet", table.operation("previewDraftTweet").kind().key(), "x-action resource");
        assertEquals(OperationDescriptor.ListFilter.TERM, table.operation("listMediaLibraryItems").filters().get("q"));
        assertEquals(OperationDescriptor.ListFilter.NAME_PREFIX, table.operation("listPollCards").filters().get("q"));
        assertEquals(OperationDescriptor.ListFilter.PARENT,
                table.operation("listPrerollCallToActions").filters().get("line_item_ids"));
        assertEquals("scheduled_at", table.kind("scheduled_tweet").dueMember());
        assertEquals("LegacyCard", table.kind("poll_card").shownAs());
    }

    @Test
    void anOperationOnASchemaWithoutXResourceFailsNamingTheOperation() {
        ContractDocument changed = changed(root -> ((ObjectNode) root.at("/components/schemas/PrerollCallToAction")).remove("x-resource"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ResourceTable.fromContract(changed));
        assertTrue(e.getMessage().contains("PrerollCallToAction, which has no x-resource"), e.getMessage());
        assertTrue(e.getMessage().startsWith("operation ") && e.getMessage().contains("PrerollCallToAction"), e.getMessage());
    }

    @Test
    void anOperationWhoseAnswerCarriesNoEntityFailsNamingTheOperation() {
        ContractDocument changed = changed(root -> ((ObjectNode) root.at("/paths/~1accounts~1{account_id}~1tweet_previews/get"))
                .remove("x-action"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ResourceTable.fromContract(changed));
        assertTrue(e.getMessage().contains("listTweetPreviews"), e.getMessage());
    }

    @Test
    void aCreateWithoutBehaviourFailsNamingTheOperationAndTheClassToWrite() {
        Function<String, Optional<Class<? extends ResourceBehaviour>>> noPollCards = schema -> schema.equals("PollCard")
                ? Optional.empty() : behaviourOf(schema);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceTable.fromContract(CONTRACT, noPollCards));
        assertTrue(e.getMessage().contains("createPollCard"), e.getMessage());
        assertTrue(e.getMessage().contains("com.xads.creatives.sandbox.resources.PollCardResource"), e.getMessage());
    }

    @Test
    void anUnknownFilterRoleFailsNamingTheParameter() {
        ContractDocument changed = changed(root -> {
            for (var p : root.at("/paths/~1accounts~1{account_id}~1media_library/get/parameters")) {
                if ("q".equals(p.path("name").asText())) {
                    ((ObjectNode) p).put("x-filter", "sounds-like");
                }
            }
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ResourceTable.fromContract(changed));
        assertTrue(e.getMessage().contains("listMediaLibraryItems") && e.getMessage().contains("parameter q"), e.getMessage());
    }

    @Test
    void aDeleteWithoutXDeleteFailsNamingTheOperation() {
        ContractDocument changed = changed(root -> ((ObjectNode) root.at("/paths/~1accounts~1{account_id}~1cards~1poll~1{card_id}/delete"))
                .remove("x-delete"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ResourceTable.fromContract(changed));
        assertTrue(e.getMessage().contains("deletePollCard"), e.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends ResourceBehaviour>> behaviourOf(String schema) {
        try {
            return Optional.of((Class<? extends ResourceBehaviour>) Class.forName(ResourceTable.BEHAVIOUR_PACKAGE + "." + schema + "Resource"));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static ContractDocument changed(java.util.function.Consumer<com.fasterxml.jackson.databind.JsonNode> change) {
        var root = CONTRACT.root().deepCopy();
        change.accept(root);
        return ContractDocument.of(root.toString());
    }
}
