package org.tarikh.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether anything accepts TCP connections at a host and port: the only case where the embedded server may stand in. */
final class ServerPort {

    private static final int TIMEOUT_MILLIS = 1000;

    private ServerPort() {
    }

    static boolean listens(String host, int port) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (IOException e) {
            return false;
        }
        for (InetAddress address : addresses) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), TIMEOUT_MILLIS);
                return true;
            } catch (IOException e) {
                // refused or unreachable on this address: try the next one (localhost is both ::1 and 127.0.0.1)
            }
        }
        return false;
    }
}
