package org.tarikh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ListeningPortTest {

    @Test
    void theChosenPortIsFreeAndOutsideTheRangeOutgoingConnectionsTakeTheirsFrom() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralStart = Files.exists(range)
                ? Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]) : 32_768;
        for (int i = 0; i < 20; i++) {
            int port = ListeningPort.free();
            assertTrue(port >= 10_000 && port < ephemeralStart, port + " is not below " + ephemeralStart);
            try (ServerSocket socket = new ServerSocket(port)) {
                assertTrue(socket.isBound());
            }
        }
    }
}
