package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ApiException;
import org.glassfish.grizzly.http.server.Request;
import com.xads.creatives.oauth1.FormPairs;
import com.xads.creatives.oauth1.Param;
import com.xads.creatives.oauth1.PercentEncoding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a request, read once (up to a limit); and the form
 * parameters of an application/x-www-form-urlencoded body, which the API treats like query parameters.
 */
public final class CapturedRequest {

    public static final int MAX_BODY_BYTES = 1 << 20;

    private final byte[] body;
    private final List<Param> form;

    private CapturedRequest(byte[] body, List<Param> form) {
        this.body = body;
        this.form = form;
    }

    static CapturedRequest of(Request request) {
        byte[] bytes = read(request);
        List<Param> form = List.of();
        String type = request.getContentType();
        // exactly this type (RFC 5849, 3.4.1.3.1), not */* or application/*
        if (type != null && "application/x-www-form-urlencoded".equalsIgnoreCase(type.split(";", 2)[0].trim())
                && bytes.length > 0) {
            try {
                form = List.copyOf(FormPairs.parse(new String(bytes, StandardCharsets.UTF_8)));
            } catch (PercentEncoding.MalformedEncodingException e) {
                throw ApiException.badRequest("INVALID_PARAMETER", "body", "The form body is not valid percent-encoded UTF-8");
            }
        }
        return new CapturedRequest(bytes, form);
    }

    private static byte[] read(Request request) {
        if (!announcesBody(request)) {
            return new byte[0];
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw ApiException.of(413, "REQUEST_TOO_LARGE", "body", "The body is larger than 1 MiB");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.of(400, "INVALID_PARAMETER", "body", "The body could not be read completely");
        }
    }

    /**
     * Only a Content-Length above zero or a Transfer-Encoding announces a body (RFC 9112, 6.3); reading otherwise
     * would wait until the read times out.
     */
    private static boolean announcesBody(Request request) {
        if (request.getHeader("Transfer-Encoding") != null) {
            return true;
        }
        return request.getContentLengthLong() > 0;
    }

    public byte[] body() {
        return body;
    }

    public List<Param> form() {
        return form;
    }
}
