package org.tarikh.web.fuzz;

import java.util.Map;

/** One malformed request: what it tries ({@code label}) and the bytes to send. */
record Probe(String label, String method, String target, Map<String, String> headers, byte[] body) {

    /**
     * Whether the address itself cannot be decoded (a bad percent escape): the HTTP layer refuses it with a bare
     * 400 before any route runs, so the API's error body cannot be expected.
     */
    boolean undecodableAddress() {
        return label.equals("path=%%%%") || label.equals("path=%ZZ") || label.equals("query=%%%%")
                || label.equals("query=%ZZ");
    }

    @Override
    public String toString() {
        return method + " " + (target.length() > 120 ? target.substring(0, 120) + "..." : target) + " [" + label + "]";
    }
}
