package com.xads.creatives.sandbox.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of a request, read once (up to a limit) and put back so Jersey can read it again; and the form
 * parameters of an application/x-www-form-urlencoded body, which the API treats like query parameters.
 */
public final class CapturedRequest {

    public static final int MAX_BODY_BYTES = 1 << 20;
    private static final String PROPERTY = "sandbox.captured";

    private final byte[] body;
    private final List<Map.Entry<String, String>> form;

    private CapturedRequest(byte[] body, List<Map.Entry<String, String>> form) {
        this.body = body;
        this.form = form;
    }

    public static CapturedRequest of(ContainerRequestContext request) {
        Object existing = request.getProperty(PROPERTY);
        if (existing instanceof CapturedRequest captured) {
            return captured;
        }
        byte[] bytes = read(request);
        request.setEntityStream(new ByteArrayInputStream(bytes));
        List<Map.Entry<String, String>> form = new ArrayList<>();
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) && bytes.length > 0) {
            for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
            }
        }
        CapturedRequest captured = new CapturedRequest(bytes, form);
        request.setProperty(PROPERTY, captured);
        return captured;
    }

    private static byte[] read(ContainerRequestContext request) {
        if (!announcesBody(request)) {
            return new byte[0];
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw ApiException.of(413, "REQUEST_TOO_LARGE", "body", "The body is larger than 1 MiB");
            }
            return bytes;
        } catch (IOException | jakarta.ws.rs.ProcessingException e) {
            throw ApiException.of(400, "INVALID_PARAMETER", "body", "The body could not be read completely");
        }
    }

    /**
     * Only a Content-Length above zero or a Transfer-Encoding announces a body (RFC 9112, 6.3); asking Jersey
     * whether there is an entity otherwise blocks until the read times out.
     */
    private static boolean announcesBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        return request.getLength() > 0;
    }

    public byte[] body() {
        return body;
    }

    public List<Map.Entry<String, String>> form() {
        return form;
    }
}
