package com.xads.creatives.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.client.auth.OAuth1Signer;
import com.xads.creatives.client.auth.OAuth1SigningInterceptor;
import com.xads.creatives.client.ratelimit.ConnectionResends;
import com.xads.creatives.client.errors.ApiErrorInterceptor;
import com.xads.creatives.client.ratelimit.RetryInterceptor;
import com.xads.creatives.client.ratelimit.RetryPolicy;
import com.xads.creatives.client.ratelimit.Sleeper;
import com.xads.creatives.client.resources.ResourceCalls;
import com.xads.creatives.client.resources.Resources;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The one entry point of the client: give it a base URL and OAuth 1.0a credentials, get the typed APIs, one per
 * resource. The same code talks to X ({@code https://ads-api.x.com/12}) and to our sandbox.
 *
 * <pre>{@code
 * AdsApiClient client = AdsApiClient.builder()
 *         .baseUrl("https://ads-api.x.com/12")
 *         .credentials(new OAuth1Credentials(consumerKey, consumerSecret, token, tokenSecret))
 *         .build();
 * Card card = client.cards().get(GetCardRequest.builder().accountId("18ce54d4x5t").cardId("1321554298900107264").build());
 * }</pre>
 *
 * Each resource ({@link Resources}) takes the request classes generated from the contract and returns the answer's
 * {@code data}; it is also the generated Retrofit interface of its tag, whose raw methods stay. A non-2xx answer
 * throws an unchecked subclass of {@link com.xads.creatives.client.errors.AdsApiException}.
 */
public final class AdsApiClient implements Resources {

    private final Retrofit retrofit;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> resources = new ConcurrentHashMap<>();
    private final ResourceCalls calls;

    private AdsApiClient(Retrofit retrofit, OkHttpClient http, ObjectMapper mapper) {
        this.retrofit = retrofit;
        this.http = http;
        this.mapper = mapper;
        this.calls = new ResourceCalls(this::api, http.dispatcher().executorService());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Any generated API interface of this client. */
    public <T> T api(Class<T> type) {
        return type.cast(apis.computeIfAbsent(type, retrofit::create));
    }

    /**
     * A resource interface of {@link Resources} (such as {@code PollCards}): the generated Retrofit API of its tag,
     * whose raw methods it keeps, plus the request-object methods. A proxy sends the raw methods to Retrofit and
     * runs the others, which are default methods of the interface.
     */
    @Override
    public <T> T resource(Class<T> type) {
        return type.cast(resources.computeIfAbsent(type, this::proxy));
    }

    private Object proxy(Class<?> type) {
        Class<?> raw = java.util.Arrays.stream(type.getInterfaces()).filter(i -> i.getSimpleName().endsWith("Api")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " is not a resource of this client"));
        Object api = api(raw);
        return java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            if (method.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("resourceCalls") && method.getParameterCount() == 0) {
                return calls;
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " of " + retrofit.baseUrl();
                };
            }
            try {
                return method.invoke(api, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    public ObjectMapper objectMapper() {
        return mapper;
    }

    public OkHttpClient httpClient() {
        return http;
    }

    /** Collects the settings of a client; only the base URL and the credentials (or {@link #unsigned()}) are required. */
    public static final class Builder {
        private String baseUrl;
        private OAuth1Signer signer;
        private boolean unsigned;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Consumer<String> logSink;
        private RetryPolicy retryPolicy = RetryPolicy.none();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private OkHttpClient baseHttpClient;
        private ObjectMapper mapper = AdsJson.mapper();

        private Builder() {
        }

        /** For example {@code https://ads-api.x.com/12} or {@code http://127.0.0.1:8080/12}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
            return this;
        }

        public Builder credentials(OAuth1Credentials credentials) {
            return signer(new OAuth1Signer(credentials));
        }

        /** A signer of your own making (fixed nonces in tests, say). */
        public Builder signer(OAuth1Signer signer) {
            this.signer = Objects.requireNonNull(signer);
            return this;
        }

        /** Sends requests without a signature, for a sandbox started with {@code --auth none}. */
        public Builder unsigned() {
            this.unsigned = true;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = timeout;
            return this;
        }

        /** Logs each request and response (with bodies) to the sink; the Authorization header is redacted. */
        public Builder log(Consumer<String> sink) {
            this.logSink = sink;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /** The clock the retry policy reads rate-limit resets against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        /** An OkHttp client to start from (its connection pool, proxy, TLS settings); ours are added on top. */
        public Builder httpClient(OkHttpClient client) {
            this.baseHttpClient = client;
            return this;
        }

        public Builder objectMapper(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper);
            return this;
        }

        public AdsApiClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            if (signer == null && !unsigned) {
                throw new IllegalStateException("credentials are required (or call unsigned() for a local sandbox)");
            }
            OkHttpClient.Builder http = (baseHttpClient == null ? new OkHttpClient() : baseHttpClient).newBuilder()
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .writeTimeout(writeTimeout)
                    .addInterceptor(new ApiErrorInterceptor(mapper))
                    .addInterceptor(new RetryInterceptor(retryPolicy, clock, sleeper))
                    .addInterceptor(ConnectionResends.counted())
                    .addNetworkInterceptor(ConnectionResends.writesSentOnce());
            if (signer != null) {
                // per network attempt: a request OkHttp sends again by itself gets a new nonce
                http.addNetworkInterceptor(new OAuth1SigningInterceptor(signer));
            }
            if (logSink != null) {
                HttpLoggingInterceptor logging = new HttpLoggingInterceptor(logSink::accept);
                logging.setLevel(HttpLoggingInterceptor.Level.BODY);
                logging.redactHeader("Authorization");
                http.addNetworkInterceptor(logging);
            }
            OkHttpClient client = http.build();
            Retrofit retrofit = new Retrofit.Builder()
                    .baseUrl(baseUrl)
                    .client(client)
                    .addConverterFactory(ScalarsConverterFactory.create())
                    .addConverterFactory(JacksonConverterFactory.create(mapper))
                    .build();
            return new AdsApiClient(retrofit, client, mapper);
        }
    }
}
