package com.xads.creatives.client.ratelimit;

import okhttp3.Interceptor;

import java.io.IOException;

/**
 * What happens when OkHttp sends a request again by itself, after the connection it went out on failed before an
 * answer (a keep-alive connection that the server or a load balancer closed, an instance that died). A read is sent
 * again, and signed again, since the signing runs per network attempt and a server refuses a nonce it has seen. A
 * write is not: the server may have stored it before the connection failed, so the caller gets the IOException and
 * decides, as after any lost answer. Attempts the {@link RetryInterceptor} makes (after a 429 or 503) are counted
 * apart, each a send of its own.
 */
public final class ConnectionResends {

    private ConnectionResends() {
    }

    /** The innermost application interceptor: gives each attempt of the client its own count of sends. */
    public static Interceptor counted() {
        return chain -> chain.proceed(chain.request().newBuilder().tag(Sends.class, new Sends()).build());
    }

    /** The first network interceptor: lets a read out again, stops a write from going out a second time. */
    public static Interceptor writesSentOnce() {
        return chain -> {
            Sends sends = chain.request().tag(Sends.class);
            String method = chain.request().method();
            if (sends != null && sends.count++ > 0 && !RetryInterceptor.READS.contains(method)) {
                throw new IOException("the connection failed after " + method + " " + chain.request().url().encodedPath()
                        + " was sent, before an answer; not sent again, since the server may have applied it");
            }
            return chain.proceed(chain.request());
        };
    }

    private static final class Sends {
        private int count;
    }
}
