package com.xads.creatives.client.resources;

import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.Body;
import retrofit2.http.Path;
import retrofit2.http.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a request object through the generated Retrofit method of its operation: each argument is found by the wire
 * name in the method's {@code @Path} and {@code @Query} annotations (never by position), converted to the type the
 * method takes (times as ISO 8601 with their offset, lists as comma-separated values), and the body passed as the
 * {@code @Body}. Non-2xx answers arrive as the client's unchecked exceptions from its error interceptor.
 */
public final class ResourceCalls {

    private final Function<Class<?>, Object> apis;
    private final Executor executor;
    private final Map<String, Method> methods = new ConcurrentHashMap<>();
    private final Map<Method, Binding[]> bindings = new ConcurrentHashMap<>();

    private record Binding(String wireName, boolean body, Class<?> type) {
    }

    /** @param apis the Retrofit implementation of an API interface; @param executor where async calls run */
    public ResourceCalls(Function<Class<?>, Object> apis, Executor executor) {
        this.apis = apis;
        this.executor = executor;
    }

    public <R> R execute(Class<?> api, ApiRequest request, Class<R> answerType) {
        Method method = methods.computeIfAbsent(request.operationId(), id -> method(api, id));
        Binding[] binding = bindings.computeIfAbsent(method, ResourceCalls::bind);
        Object[] args = new Object[binding.length];
        Map<String, Object> values = request.wireValues();
        for (int i = 0; i < binding.length; i++) {
            args[i] = binding[i].body() ? request.wireBody() : convert(values.get(binding[i].wireName()), binding[i].type());
        }
        try {
            Call<?> call = (Call<?>) method.invoke(apis.apply(api), args);
            Response<?> response = call.execute();
            return answerType.cast(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot call " + request.operationId(), e);
        }
    }

    /** Runs the call on the client's executor; the future fails with the call's own exception. */
    public <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    private static Method method(Class<?> api, String operationId) {
        for (Method m : api.getMethods()) {
            if (m.getName().equals(operationId) && Call.class.equals(m.getReturnType())) {
                return m;
            }
        }
        throw new IllegalStateException(api.getSimpleName() + " has no method " + operationId);
    }

    private static Binding[] bind(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        Binding[] binding = new Binding[types.length];
        for (int i = 0; i < types.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof Path p) {
                    binding[i] = new Binding(p.value(), false, types[i]);
                } else if (a instanceof Query q) {
                    binding[i] = new Binding(q.value(), false, types[i]);
                } else if (a instanceof Body) {
                    binding[i] = new Binding(null, true, types[i]);
                }
            }
            if (binding[i] == null) {
                throw new IllegalStateException(method.getName() + " has an argument without @Path, @Query or @Body");
            }
        }
        return binding;
    }

    private static Object convert(Object value, Class<?> type) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (value instanceof List<?> list) {
            if (type.getSimpleName().equals("CSVParams")) {
                return new com.xads.creatives.client.invoker.CollectionFormats.CSVParams(list.stream().map(String::valueOf).toList());
            }
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof OffsetDateTime time && type == String.class) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
        }
        if (type == String.class) {
            return String.valueOf(value);
        }
        if (type.isEnum()) {
            try {
                return type.getMethod("fromValue", String.class).invoke(null, String.valueOf(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot pass " + value + " as " + type.getSimpleName(), e);
            }
        }
        throw new IllegalStateException("cannot pass a " + value.getClass().getSimpleName() + " as " + type.getSimpleName());
    }
}
