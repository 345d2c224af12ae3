package com.xads.creatives.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code --host}: the sandbox listens on the address given and no other, by default on 127.0.0.1 alone. Both addresses
 * used here are loopback ones (Linux answers all of 127.0.0.0/8), so nothing leaves the machine.
 */
class HostOptionTest {

    private static final String CARD = "/12/accounts/18ce54d4x5t/cards/poll/57i8t";

    @TempDir
    Path dir;

    @Test
    void byDefaultItListensOn127001Only() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start("--port", "0", "--data-dir", dir.toString(), "--auth", "none")) {
            assertEquals("127.0.0.1", sandbox.uri().getHost());
            assertEquals(200, get(sandbox.uri()));
            assertThrows(ConnectException.class, () -> connect("127.0.0.2", sandbox.uri().getPort()));
        }
    }

    @Test
    void withHostItListensOnThatAddressOnly() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start("--host", "127.0.0.2", "--port", "0", "--data-dir", dir.toString(),
                "--auth", "none")) {
            assertEquals("127.0.0.2", sandbox.uri().getHost(), "the address it says it listens on");
            assertEquals(200, get(sandbox.uri()));
            assertThrows(ConnectException.class, () -> connect("127.0.0.1", sandbox.uri().getPort()));
        }
    }

    private static int get(URI server) throws IOException {
        return RawHttp.send(server, "GET", CARD.getBytes(StandardCharsets.US_ASCII), null, null).status();
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
        }
    }
}
