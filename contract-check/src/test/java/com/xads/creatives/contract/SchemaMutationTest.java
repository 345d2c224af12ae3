package com.xads.creatives.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Teeth of the schemas: for every embedded payload example, each single-defect copy derived from its schema must be
 * rejected, by the keyword that states the broken constraint. The mutation score must be 100%.
 */
class SchemaMutationTest {

    private static final SchemaMutations MUTATIONS = new SchemaMutations(Contract.DOCUMENT);
    private static final AtomicInteger MUTANTS = new AtomicInteger();
    private static final AtomicInteger KILLED = new AtomicInteger();

    static List<ExampleCatalog.PayloadExample> payloads() {
        return Contract.EXAMPLES.payloads();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void everyMutantIsRejected(ExampleCatalog.PayloadExample example) {
        List<SchemaMutations.Mutant> mutants = MUTATIONS.of(example.value(), example.schemaPointer());
        assertFalse(mutants.isEmpty(), "no mutants derived for " + example);
        List<String> survivors = new ArrayList<>();
        for (SchemaMutations.Mutant mutant : mutants) {
            Set<String> keywords = Contract.SCHEMAS.failedKeywords(example.schemaPointer(), mutant.value());
            MUTANTS.incrementAndGet();
            if (keywords.contains(mutant.kind().keyword)) {
                KILLED.incrementAndGet();
            } else {
                survivors.add(mutant + " (rejected by " + keywords + ")");
            }
        }
        assertEquals(List.of(), survivors, example.toString());
    }

    @AfterAll
    static void report() {
        System.out.printf("schema mutation score: %d of %d mutants rejected (%.1f%%)%n", KILLED.get(), MUTANTS.get(),
                MUTANTS.get() == 0 ? 0.0 : 100.0 * KILLED.get() / MUTANTS.get());
    }
}
