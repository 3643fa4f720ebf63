package org.tarikh.bank.transfer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Byte sequences that broke importers before: NUL, names too long, wrong encodings, huge lines, deep nesting. */
public final class BadBytes {

    private BadBytes() {
    }

    public static List<String> texts() {
        List<String> t = new ArrayList<>();
        t.add("::a:: x\u0000y {T}\n");
        t.add("\u0000");
        t.add("$CATEGORY: " + "k".repeat(100) + "\n\n::a:: x {T}\n");
        t.add("$CATEGORY: $course$/" + "\u06a9".repeat(70) + "\n\n::b:: y {F}\n");
        t.add("bank: b\ntitle: T\ndescription: d\nlanguage: en\nquestions:\n  - id: a\n    type: truefalse\n    topic: "
                + "t".repeat(90) + "\n    prompt: p\n    answer: true\n");
        t.add("::a:: " + "x".repeat(1_000_000) + " {T}\n");
        t.add("::a:: q {" + "~x ".repeat(200_000) + "=y}\n");
        t.add("::a:: q {#" + "9".repeat(100_000) + "}\n");
        t.add("::a:: q {#1:" + "9".repeat(400) + "}\n");
        t.add("{".repeat(100_000));
        t.add("::" + "t".repeat(100_000) + ":: q {T}\n");
        t.add("// [id:" + "i".repeat(500) + "]\n::a:: q {T}\n");
        t.add("// [tag:" + "g".repeat(500) + "]\n::a:: q {T}\n");
        t.add("x".repeat(1_000_000) + "\t" + "y".repeat(1_000_000) + "\n");
        t.add("#separator:tab\n#columns:" + "Front\t".repeat(10_000) + "\nx\ty\n");
        t.add("\"" + "q".repeat(500_000));
        t.add("[".repeat(20_000));
        t.add("a: " + "{".repeat(20_000));
        t.add("- ".repeat(20_000) + "x");
        t.add("bank: &a [" + "*a,".repeat(1000) + "]\n");
        t.add("a: !!java.io.File x\n");
        t.add("{{c1::x}}\t{{c2::" + "y".repeat(100_000) + "}}\n");
        t.add("::a:: [html]<p>" + "<b>".repeat(50_000) + "x {T}\n");
        t.add("tags:" + " t".repeat(50_000) + "\nfront\tback\n");
        return t;
    }

    public static List<byte[]> samples() {
        List<byte[]> b = new ArrayList<>();
        texts().forEach(t -> b.add(t.getBytes(StandardCharsets.UTF_8)));
        b.add(new byte[] {(byte) 0xC3, 0x28, '\n'});
        b.add("::a:: Caf\u00e9 {T}\n".getBytes(StandardCharsets.ISO_8859_1));
        b.add(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, "::a:: x {T}\n".getBytes(StandardCharsets.UTF_16LE)));
        b.add(withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, "::a:: x {T}\n".getBytes(StandardCharsets.UTF_16BE)));
        b.add("::a:: x {T}\n".getBytes(StandardCharsets.UTF_16LE));
        b.add(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0x00, (byte) 0xD8, 'a', 0}));
        b.add(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF}));
        b.add(new byte[0]);
        return b;
    }

    private static byte[] withMark(byte[] mark, byte[] rest) {
        byte[] out = new byte[mark.length + rest.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(rest, 0, out, mark.length, rest.length);
        return out;
    }
}
