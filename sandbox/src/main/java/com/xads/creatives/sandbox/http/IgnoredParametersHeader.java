package com.xads.creatives.sandbox.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

import java.util.List;

/** Names, in every answer to a request that had some, the parameters {@link ParameterTolerance} left out. */
public final class IgnoredParametersHeader implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        List<String> ignored = ApiCall.of(request).ignored();
        if (!ignored.isEmpty()) {
            response.getHeaders().putSingle(ParameterTolerance.HEADER, ParameterTolerance.headerValue(ignored));
        }
    }
}
