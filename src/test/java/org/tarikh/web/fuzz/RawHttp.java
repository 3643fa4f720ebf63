package org.tarikh.web.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: it sends what it is given, byte for byte, so that requests no client library
 * would build (a raw {@code %%%%} in the address, a cut multipart body) reach the server as they are.
 */
final class RawHttp {

    /** The status, the Content-Type (lower case, "" when none) and the body as text. */
    record Answer(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    static Answer send(int port, String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (java.net.SocketException reset) {
            // The server may close early after answering a refused body; what arrived is the answer.
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.")) {
            return new Answer(-1, "", text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int end = text.indexOf("\r\n\r\n");
        String headers = end < 0 ? text : text.substring(0, end);
        String contentType = "";
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-type:")) {
                contentType = line.substring(13).strip().toLowerCase();
            }
        }
        return new Answer(status, contentType, end < 0 ? "" : text.substring(end + 4));
    }
}
