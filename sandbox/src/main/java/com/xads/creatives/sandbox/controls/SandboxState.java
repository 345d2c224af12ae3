package com.xads.creatives.sandbox.controls;

import com.xads.creatives.sandbox.engine.ResourceEngine;
import com.xads.creatives.sandbox.faults.Faults;
import com.xads.creatives.sandbox.journal.RequestJournal;
import com.xads.creatives.sandbox.seed.Seed;
import com.xads.creatives.sandbox.seed.Seeder;
import com.xads.creatives.sandbox.store.ObjectStore;

/** The store and how to bring it back to the seed state. */
public final class SandboxState {

    private static final String SEEDED = "seeded";
    private final ObjectStore store;
    private final ResourceEngine engine;
    private final Seed seed;
    private final Seeder seeder;
    private final Faults faults;
    private final RequestJournal journal;

    public SandboxState(ObjectStore store, ResourceEngine engine, Seed seed, Faults faults, RequestJournal journal) {
        this.store = store;
        this.engine = engine;
        this.seed = seed;
        this.faults = faults;
        this.journal = journal;
        this.seeder = new Seeder(store, engine::behaviour, engine.context().resources().kind("media_library_item"));
    }

    public ObjectStore store() {
        return store;
    }

    /** Seeds a new data directory; a directory that was seeded before keeps its data. */
    public synchronized void seedIfNew() {
        if (store.setting(SEEDED).isEmpty()) {
            seeder.store(seed);
            store.bulkLoaded();
            store.setting(SEEDED, "true");
        }
    }

    /** Back to the seed, with no faults waiting and an empty journal. */
    public synchronized void reset() {
        faults.clear();
        journal.clear();
        store.clear();
        seedIfNew();
        engine.duePublisher().publishDue();
    }
}
