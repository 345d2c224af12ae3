package com.xads.creatives.sandbox.controls;

import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.sandbox.engine.ResourceEngine;
import com.xads.creatives.sandbox.seed.SeedLoader;
import com.xads.creatives.sandbox.store.ObjectStore;

/** The store and how to bring it back to the seed state. */
public final class SandboxState {

    private static final String SEEDED = "seeded";
    private final ObjectStore store;
    private final ContractDocument document;
    private final ResourceEngine engine;

    public SandboxState(ObjectStore store, ContractDocument document, ResourceEngine engine) {
        this.store = store;
        this.document = document;
        this.engine = engine;
    }

    public ObjectStore store() {
        return store;
    }

    /** Seeds a new data directory; a directory that was seeded before keeps its data. */
    public synchronized void seedIfNew() {
        if (store.setting(SEEDED).isEmpty()) {
            new SeedLoader(document, store, engine.context().resources(), engine::behaviour).seed();
            store.setting(SEEDED, "true");
        }
    }

    public synchronized void reset() {
        store.clear();
        seedIfNew();
        engine.duePublisher().publishDue();
    }
}
