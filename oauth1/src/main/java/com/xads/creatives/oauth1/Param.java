package com.xads.creatives.oauth1;

/** One decoded name and value of a query string, a form body or the OAuth header. */
public record Param(String name, String value) {
}
