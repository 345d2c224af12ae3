package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import com.xads.creatives.oauth1.FormPairs;
import com.xads.creatives.oauth1.Param;
import com.xads.creatives.oauth1.PercentEncoding;
import jakarta.ws.rs.core.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a request, read once (up to a limit) and put back so Jersey can read it again; and the form
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

    public static CapturedRequest of(ContainerRequestContext request) {
        ApiCall call = ApiCall.of(request);
        if (call.captured() != null) {
            return call.captured();
        }
        byte[] bytes = read(request);
        request.setEntityStream(new ByteArrayInputStream(bytes));
        List<Param> form = List.of();
        MediaType type = request.getMediaType();
        // exactly this type (RFC 5849, 3.4.1.3.1): isCompatible would take */* and application/* for form bodies too
        if (type != null && "application".equalsIgnoreCase(type.getType())
                && "x-www-form-urlencoded".equalsIgnoreCase(type.getSubtype()) && bytes.length > 0) {
            try {
                form = List.copyOf(FormPairs.parse(new String(bytes, StandardCharsets.UTF_8)));
            } catch (PercentEncoding.MalformedEncodingException e) {
                throw ApiException.badRequest("INVALID_PARAMETER", "body", "The form body is not valid percent-encoded UTF-8");
            }
        }
        CapturedRequest captured = new CapturedRequest(bytes, form);
        call.captured(captured);
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

    public List<Param> form() {
        return form;
    }
}
