package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An Error that escapes every mapper (an OutOfMemoryError thrown inside a Jersey resource, as a heap exhausted
 * by the contract check threw them) still gets the API's JSON error body, not the HTTP server's HTML page.
 */
class JsonErrorPagesTest {

    @Path("/")
    public static final class Failing {
        @GET
        @jakarta.ws.rs.Path("{any: .*}")
        public String fail() {
            throw new OutOfMemoryError("Java heap space (thrown by the test)");
        }
    }

    @Test
    void anErrorInsideTheApiIsAnsweredInTheApisFormat() throws Exception {
        assertApiFormat500("/12/accounts/x/cards");
    }

    @Test
    void aFailureOutsideJerseyIsAnsweredInTheApisFormat() throws Exception {
        assertApiFormat500("/outside");
    }

    private static void assertApiFormat500(String path) throws Exception {
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("test", "127.0.0.1", 0);
        server.addListener(listener);
        JsonErrorPages.install(server);
        ResourceConfig app = new ResourceConfig().register(Failing.class).register(UnexpectedExceptionMapper.class);
        server.getServerConfiguration().addHttpHandler(ContainerFactory.createContainer(GrizzlyHttpContainer.class, app), "/12");
        server.getServerConfiguration().addHttpHandler(new org.glassfish.grizzly.http.server.HttpHandler() {
            @Override
            public void service(org.glassfish.grizzly.http.server.Request request, org.glassfish.grizzly.http.server.Response response) {
                throw new IllegalStateException("a failure outside Jersey (thrown by the test)");
            }
        }, "/outside");
        server.start();
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + listener.getPort() + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, answer.statusCode());
            assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            JsonNode body = new ObjectMapper().readTree(answer.body());
            assertEquals("INTERNAL_ERROR", body.path("errors").path(0).path("code").asText(), answer.body());
            assertEquals(true, body.path("request").path("params").isObject());
        } finally {
            server.shutdownNow();
        }
    }
}
