package org.tarikh;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free port for an app started by a program (the start-up training, the integration tests' nodes), chosen below
 * the kernel's range of ephemeral ports. A port from {@code new ServerSocket(0)} comes from that range, and between
 * choosing it and the app binding it, any outgoing connection (the app's own pool opening connections to
 * PostgreSQL) may take it as its local port: the app then fails to start with "port in use".
 */
public final class ListeningPort {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final int DEFAULT_EPHEMERAL_START = 32_768;

    private ListeningPort() {
    }

    public static int free() throws IOException {
        int below = ephemeralStart();
        if (below - LOWEST < 1_000) {
            return anyFree();
        }
        for (int tries = 0; tries < 100; tries++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, below);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException inUse) {
                // another listener has it: try the next
            }
        }
        return anyFree();
    }

    private static int ephemeralStart() {
        // read by line: Files.readString gets only the first byte of this /proc file, whose size reads as 0
        try (BufferedReader reader = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException notLinux) {
            return DEFAULT_EPHEMERAL_START;
        }
    }

    private static int anyFree() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
