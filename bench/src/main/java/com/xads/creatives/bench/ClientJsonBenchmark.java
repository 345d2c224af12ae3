package com.xads.creatives.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.client.AdsJson;
import com.xads.creatives.client.model.TweetPreviewListResponse;
import com.xads.creatives.client.model.TweetResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The generated client's models: the largest documented payloads read from JSON bytes and written back. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClientJsonBenchmark {

    private static final Map<String, Class<?>> MODEL = Map.of(
            "listTweetPreviews/seed004", TweetPreviewListResponse.class,
            "updateTweetName/seed004", TweetResponse.class,
            "createTweet/seed004-guide-media-library", TweetResponse.class);

    @Param({"listTweetPreviews/seed004", "updateTweetName/seed004", "createTweet/seed004-guide-media-library"})
    public String payload;

    private ObjectMapper mapper;
    private byte[] bytes;
    private Class<?> type;
    private Object model;

    @Setup
    public void read() throws IOException {
        mapper = AdsJson.mapper();
        bytes = mapper.writeValueAsBytes(LargestPayloads.of(payload).value());
        type = MODEL.get(payload);
        model = mapper.readValue(bytes, type);
    }

    @Benchmark
    public Object deserialize() throws IOException {
        return mapper.readValue(bytes, type);
    }

    @Benchmark
    public byte[] serialize() throws IOException {
        return mapper.writeValueAsBytes(model);
    }
}
