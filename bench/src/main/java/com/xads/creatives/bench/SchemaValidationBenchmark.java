package com.xads.creatives.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.contract.ExampleCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Validations per second of a documented response against its schema, the compiled schema reused. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SchemaValidationBenchmark {

    @Param({"listTweetPreviews/seed004", "updateTweetName/seed004", "createTweet/seed004-guide-media-library"})
    public String payload;

    private ContractSchemas schemas;
    private String pointer;
    private JsonNode value;

    @Setup
    public void compile() {
        ExampleCatalog.PayloadExample example = LargestPayloads.of(payload);
        schemas = new ContractSchemas(LargestPayloads.DOCUMENT);
        pointer = example.schemaPointer();
        value = example.value();
        List<String> problems = schemas.validate(pointer, value);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the payload should be valid: " + problems);
        }
    }

    @Benchmark
    public List<String> validate() {
        return schemas.validate(pointer, value);
    }
}
