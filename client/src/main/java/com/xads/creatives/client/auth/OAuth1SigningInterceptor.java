package com.xads.creatives.client.auth;

import okhttp3.FormBody;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Signs every outgoing request with OAuth 1.0a; form bodies enter the signature, JSON bodies do not. */
public final class OAuth1SigningInterceptor implements Interceptor {

    private final OAuth1Signer signer;

    public OAuth1SigningInterceptor(OAuth1Signer signer) {
        this.signer = signer;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        List<Map.Entry<String, String>> form = new ArrayList<>();
        if (request.body() instanceof FormBody body) {
            for (int i = 0; i < body.size(); i++) {
                form.add(new AbstractMap.SimpleImmutableEntry<>(body.name(i), body.value(i)));
            }
        }
        String authorization = signer.authorization(request.method(), request.url().toString(), form);
        return chain.proceed(request.newBuilder().header("Authorization", authorization).build());
    }
}
