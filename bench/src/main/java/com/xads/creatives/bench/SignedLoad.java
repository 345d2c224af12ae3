package com.xads.creatives.bench;

import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.client.auth.OAuth1Signer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load client for what wrk cannot do: sign every request with OAuth 1.0a (a fresh nonce each time).
 * {@code SignedLoad URL THREADS SECONDS WARMUP_SECONDS sign|plain}; prints requests/s, p50 and p99 in ms, and how
 * many answers were not 200.
 */
public final class SignedLoad {

    private static final OAuth1Credentials SANDBOX_USER = new OAuth1Credentials("sandbox-consumer-key",
            "sandbox-consumer-secret", "756201191646691328-sandbox", "sandbox-token-secret");

    private SignedLoad() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        Duration measured = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[3]));
        boolean sign = args[4].equals("sign");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Recorder latencies = new Recorder(3);
        AtomicLong notOk = new AtomicLong();
        Map<String, LongAdder> notOkAnswers = new ConcurrentSkipListMap<>();
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + measured.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                OAuth1Signer signer = new OAuth1Signer(SANDBOX_USER);
                HttpRequest.Builder base = HttpRequest.newBuilder(URI.create(url)).GET();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpRequest.Builder request = base.copy();
                    if (sign) {
                        request.header("Authorization", signer.authorization("GET", url, List.of()));
                    }
                    try {
                        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        long done = System.nanoTime();
                        if (done > warmupEnd && done < end) {
                            latencies.recordValue((done - start) / 1000);
                            if (answer.statusCode() != 200) {
                                notOk.incrementAndGet();
                                notOkAnswers.computeIfAbsent(answer.statusCode() + " " + errorMessage(answer.body()),
                                        k -> new LongAdder()).increment();
                            }
                        }
                    } catch (Exception e) {
                        notOk.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        Histogram h = latencies.getIntervalHistogram();
        System.out.printf("requests %d  req/s %.0f  p50 %.2f ms  p99 %.2f ms  not-200 %d %s%n", h.getTotalCount(),
                h.getTotalCount() / (double) measured.toSeconds(), h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, notOk.get(), notOkAnswers);
    }

    /** The first error message of an API error body, so a report says why requests were refused. */
    private static String errorMessage(String body) {
        Matcher m = MESSAGE.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static final Pattern MESSAGE = Pattern.compile("\"message\":\"([^\"]*)\"");
}
