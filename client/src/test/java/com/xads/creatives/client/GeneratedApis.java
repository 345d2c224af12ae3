package com.xads.creatives.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.client.invoker.CollectionFormats;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Path;
import retrofit2.http.Query;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Finds a generated API method by operationId and calls it with the values of a documented request. */
final class GeneratedApis {

    static final List<Class<?>> API_TYPES = List.of(
            com.xads.creatives.client.api.AccountMediaApi.class, com.xads.creatives.client.api.CardsApi.class,
            com.xads.creatives.client.api.CardsFetchApi.class, com.xads.creatives.client.api.DraftTweetsApi.class,
            com.xads.creatives.client.api.ImageConversationCardsApi.class,
            com.xads.creatives.client.api.VideoConversationCardsApi.class,
            com.xads.creatives.client.api.ImageDirectMessageCardsApi.class, com.xads.creatives.client.api.PollCardsApi.class,
            com.xads.creatives.client.api.MediaLibraryApi.class, com.xads.creatives.client.api.PrerollCallToActionsApi.class,
            com.xads.creatives.client.api.ScheduledTweetsApi.class, com.xads.creatives.client.api.TweetPreviewsApi.class,
            com.xads.creatives.client.api.TweetsApi.class);

    private GeneratedApis() {
    }

    static Method method(String operationId) {
        return API_TYPES.stream().flatMap(t -> Arrays.stream(t.getMethods()))
                .filter(m -> m.getName().equals(operationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no client method " + operationId));
    }

    /** The response body type of a method returning {@code Call<T>}. */
    static Class<?> responseType(Method method) {
        Type call = method.getGenericReturnType();
        if (!(call instanceof ParameterizedType p) || p.getRawType() != Call.class) {
            throw new AssertionError(method + " does not return a Call");
        }
        return (Class<?>) p.getActualTypeArguments()[0];
    }

    /** Arguments for the method: path values, raw query values converted to the parameter types, and the body. */
    static Object[] arguments(Method method, Map<String, String> pathValues, Map<String, String> query, JsonNode body,
                              ObjectMapper mapper) throws Exception {
        Object[] args = new Object[method.getParameterCount()];
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof Path path) {
                    args[i] = pathValues.get(path.value());
                } else if (a instanceof Query q && query.containsKey(q.value())) {
                    args[i] = convert(query.get(q.value()), types[i]);
                } else if (a instanceof Body) {
                    args[i] = mapper.treeToValue(body, types[i]);
                }
            }
        }
        return args;
    }

    private static Object convert(String raw, Class<?> type) throws Exception {
        if (type == String.class) {
            return raw;
        }
        if (type == Integer.class) {
            return Integer.valueOf(raw);
        }
        if (type == Long.class) {
            return Long.valueOf(raw);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(raw);
        }
        if (type == CollectionFormats.CSVParams.class) {
            return new CollectionFormats.CSVParams(raw.isEmpty() ? List.of() : Arrays.asList(raw.split(",", -1)));
        }
        if (type.isEnum()) {
            return type.getMethod("fromValue", String.class).invoke(null, raw);
        }
        throw new AssertionError("no conversion to " + type);
    }
}
