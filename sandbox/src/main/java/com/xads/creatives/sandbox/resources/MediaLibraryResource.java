package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.MediaLibraryApi;
import com.xads.creatives.server.model.MediaCategory;
import com.xads.creatives.server.model.MediaType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * The sandbox's implementation of {@link MediaLibraryApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class MediaLibraryResource implements MediaLibraryApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createMediaLibraryItem(String accountId, String mediaKey, MediaCategory mediaCategory, String description, String fileName, String name, String posterMediaKey, String title) {
        return dispatch.respond(request);
    }

    @Override
    public Response deleteMediaLibraryItem(String accountId, String mediaKey) {
        return dispatch.respond(request);
    }

    @Override
    public Response getMediaLibraryItem(String accountId, String mediaKey) {
        return dispatch.respond(request);
    }

    @Override
    public Response listMediaLibraryItems(String accountId, Integer count, String cursor, MediaType mediaType, String q) {
        return dispatch.respond(request);
    }

    @Override
    public Response updateMediaLibraryItem(String accountId, String mediaKey, String description, String fileName, String name, String posterMediaKey, String title) {
        return dispatch.respond(request);
    }
}
