package com.xads.creatives.oauth1;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignatureBaseStringTest {

    /** The worked example of RFC 5849, 3.4.1.1 and 3.4.1.3: "c@" sorts before "c2" only once both are encoded. */
    @Test
    void reproducesTheExampleOfRfc5849() {
        URI url = URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
        List<Param> params = new ArrayList<>(FormPairs.parse(url.getRawQuery()));
        params.addAll(FormPairs.parse("c2&a3=2+q"));
        params.add(new Param("oauth_consumer_key", "9djdj82h48djs9d2"));
        params.add(new Param("oauth_token", "kkk9d7dh3k39sjv7"));
        params.add(new Param("oauth_signature_method", "HMAC-SHA1"));
        params.add(new Param("oauth_timestamp", "137131201"));
        params.add(new Param("oauth_nonce", "7d8f3e4a"));
        assertEquals("a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9djdj82h48djs9d2"
                + "&oauth_nonce=7d8f3e4a&oauth_signature_method=HMAC-SHA1&oauth_timestamp=137131201"
                + "&oauth_token=kkk9d7dh3k39sjv7", SignatureBaseString.normalized(params));
        assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D"
                + "%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a"
                + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7",
                SignatureBaseString.of("post", url, params));
    }

    @Test
    void reproducesTheTestVectorOfXsSignatureGuide() {
        OAuth1Signer signer = new OAuth1Signer("xvz1evFS4wEEPTGEFPHBog", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
                java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1318622958), java.time.ZoneOffset.UTC),
                () -> "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg");
        String header = signer.authorization("POST", "https://api.twitter.com/1.1/statuses/update.json?include_entities=true",
                List.of(new Param("status", "Hello Ladies + Gentlemen, a signed OAuth request!")));
        assertEquals("hCtSmYh+iHYCEqBWrE7C7hYmtUk=", AuthorizationHeader.parse(header).orElseThrow().get("oauth_signature"));
    }

    @Test
    void baseUriDropsDefaultPortsAndLowersSchemeAndHost() {
        assertEquals("http://example.com/r%20v", SignatureBaseString.baseUri(URI.create("HTTP://Example.COM:80/r%20v?q=1")));
        assertEquals("https://example.com/", SignatureBaseString.baseUri(URI.create("https://example.com:443")));
        assertEquals("http://127.0.0.1:8080/12/a", SignatureBaseString.baseUri(URI.create("http://127.0.0.1:8080/12/a")));
    }

    @Test
    void formPairsKeepEmptyAndRepeatedNamesAndRefuseBadEscapes() {
        assertEquals(List.of(new Param("", ""), new Param("a", "1"), new Param("a", "x y"), new Param("b", "")),
                FormPairs.parse("=&a=1&&a=x+y&b"));
        assertEquals(List.of(new Param("caf\u00e9", "\u2603")), FormPairs.parse("caf%C3%A9=%E2%98%83"));
        assertThrows(PercentEncoding.MalformedEncodingException.class, () -> FormPairs.parse("a=%zz"));
        assertThrows(PercentEncoding.MalformedEncodingException.class, () -> FormPairs.parse("a=%C3"));
    }

    @Test
    void percentEncodingIsRfc3986() {
        assertEquals("a%20b%2A~-._%2B%C3%A9", PercentEncoding.encode("a b*~-._+\u00e9"));
        assertEquals("a+b", PercentEncoding.decode("a+b", false));
        assertEquals("a b", PercentEncoding.decode("a+b", true));
    }

    @Test
    void headerRoundTripsAndRefusesMalformedOnes() {
        var params = new java.util.LinkedHashMap<String, String>();
        params.put("oauth_signature", "a+b/c=");
        params.put("oauth_nonce", "n \u00e9");
        assertEquals(params, AuthorizationHeader.parse(AuthorizationHeader.format(params)).orElseThrow());
        assertEquals(java.util.Optional.empty(), AuthorizationHeader.parse("Bearer x"));
        assertEquals(java.util.Optional.empty(), AuthorizationHeader.parse("OAuth a=\"1\", a=\"2\""));
        assertEquals(java.util.Optional.empty(), AuthorizationHeader.parse("OAuth a=1"));
        assertEquals(java.util.Optional.empty(), AuthorizationHeader.parse("OAuth a=\"%zz\""));
    }
}
