package com.xads.creatives.bench;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The ceiling of the HTTP layer the sandbox runs on: Grizzly (same version, default worker pool) answering each
 * request from memory, with no JAX-RS, no contract check and no store. {@code BareGrizzly PORT DIR}: {@code /NAME}
 * answers the bytes of {@code DIR/NAME.json} with the status in {@code DIR/NAME.status}, the files bench/http.sh
 * writes for nginx. Runs until killed.
 */
public final class BareGrizzly {

    private record Answer(int status, byte[] body) {
    }

    private BareGrizzly() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Answer> answers = answers(Path.of(args[1]));
        HttpServer server = HttpServer.createSimpleServer(null, "127.0.0.1", Integer.parseInt(args[0]));
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                Answer answer = answers.get(request.getRequestURI());
                if (answer == null) {
                    response.setStatus(404);
                    return;
                }
                response.setStatus(answer.status());
                response.setContentType("application/json");
                response.setContentLength(answer.body().length);
                response.getOutputStream().write(answer.body());
            }
        });
        server.start();
        Thread.currentThread().join();
    }

    private static Map<String, Answer> answers(Path dir) throws IOException {
        Map<String, Answer> answers = new HashMap<>();
        try (var files = Files.list(dir)) {
            for (Path body : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = body.getFileName().toString().replace(".json", "");
                int status = Integer.parseInt(Files.readString(dir.resolve(name + ".status")).trim());
                answers.put("/" + name, new Answer(status, Files.readAllBytes(body)));
            }
        }
        return answers;
    }
}
