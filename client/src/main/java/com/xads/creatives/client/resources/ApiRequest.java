package com.xads.creatives.client.resources;

import java.util.Map;

/** A request of one operation, as the generated request classes hold it: wire names to values, and a JSON body. */
public interface ApiRequest {

    String operationId();

    /** Path and query parameters by their wire names; only those that are set. */
    Map<String, Object> wireValues();

    /** The JSON body, or null. */
    Object wireBody();
}
