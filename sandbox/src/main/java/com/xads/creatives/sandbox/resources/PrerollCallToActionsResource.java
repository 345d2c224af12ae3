package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.PrerollCallToActionsApi;
import com.xads.creatives.server.model.PrerollCallToActionButton;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link PrerollCallToActionsApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class PrerollCallToActionsResource implements PrerollCallToActionsApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createPrerollCallToAction(String accountId, PrerollCallToActionButton callToAction, String callToActionUrl, String lineItemId) {
        return dispatch.respond(request);
    }

    @Override
    public Response deletePrerollCallToAction(String accountId, String prerollCallToActionId) {
        return dispatch.respond(request);
    }

    @Override
    public Response getPrerollCallToAction(String accountId, String prerollCallToActionId, Boolean withDeleted) {
        return dispatch.respond(request);
    }

    @Override
    public Response listPrerollCallToActions(String accountId, List<String> lineItemIds, Integer count, String cursor, List<String> prerollCallToActionIds, String sortBy, Boolean withDeleted, Boolean withTotalCount) {
        return dispatch.respond(request);
    }

    @Override
    public Response updatePrerollCallToAction(String accountId, String prerollCallToActionId, PrerollCallToActionButton callToAction, String callToActionUrl) {
        return dispatch.respond(request);
    }
}
