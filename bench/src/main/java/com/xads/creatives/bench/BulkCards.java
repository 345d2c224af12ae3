package com.xads.creatives.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.sandbox.faults.Faults;
import com.xads.creatives.sandbox.journal.RequestJournal;
import com.xads.creatives.sandbox.seed.SeedFiles;
import com.xads.creatives.sandbox.seed.SeedSource;
import com.xads.creatives.sandbox.controls.SandboxState;
import com.xads.creatives.sandbox.engine.ResourceEngine;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.store.Database;
import com.xads.creatives.sandbox.store.SqlObjectStore;
import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.StoredObject;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fills a sandbox data directory for the scale runs: the seed, then N poll cards in the documented account, written
 * straight into the store in batches (through the API it would take the better part of an hour for a million).
 * {@code BulkCards DATA_DIR N}; prints the id of the last card, which the runs read.
 */
public final class BulkCards {

    private static final String ACCOUNT = "18ce54d4x5t";
    private static final int BATCH = 5_000;

    private BulkCards() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long count = Long.parseLong(args[1]);
        try (Database database = new Database(dir)) {
            ObjectStore store = SqlObjectStore.migrated(database.dataSource());
            ContractDocument document = ContractDocument.load();
            ResourceEngine engine = ResourceEngine.of(document, store, Clock.systemUTC());
            new SandboxState(store, engine, new SeedFiles(engine.context().resources(), new ContractSchemas(document),
                    SandboxUsers.accounts())
                    .read(new SeedSource.Documented()), new Faults(Set.of()), new RequestJournal(1)).seedIfNew();
            ResourceKind pollCards = engine.context().resources().kind("poll_card");
            List<StoredObject> batch = new ArrayList<>(BATCH);
            String last = null;
            for (long i = 0; i < count; i++) {
                last = "b" + Long.toString(i, 36);
                batch.add(pollCards.stored(ACCOUNT, card(last, i)));
                if (batch.size() == BATCH) {
                    store.putAll(batch);
                    batch.clear();
                }
            }
            store.putAll(batch);
            System.out.println(last);
        }
    }

    private static ObjectNode card(String id, long n) {
        String at = "2026-01-01T00:00:00Z";
        return JsonNodeFactory.instance.objectNode().put("id", id).put("name", "bench poll " + n)
                .put("first_choice", "Yes").put("second_choice", "No")
                .put("duration_in_minutes", "10080").put("start_time", at).put("end_time", "2026-01-08T00:00:00Z")
                .put("card_uri", "card://" + (1_500_000_000_000_000_000L + n)).put("card_type", "TEXT_POLLS")
                .put("created_at", at).put("updated_at", at).put("deleted", false);
    }
}
