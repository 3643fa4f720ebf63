package org.tarikh.bank.transfer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Parsing Moodle XML safely and reading its elements: no DOCTYPE, no external entity or DTD, no XInclude
 * (XXE and entity expansion), and the file's size is capped before it gets here (5 MB).
 */
final class MoodleXml {

    /** Configured once: looking a factory up is most of a small file's parsing time. */
    private static final DocumentBuilderFactory FACTORY = safeFactory();

    private MoodleXml() {
    }

    private static DocumentBuilderFactory safeFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this JDK's XML parser cannot be made safe", e);
        }
    }

    /** The parsed document; throws {@link GiftSyntaxError} (a line and a message) when it is not safe, well-formed XML. */
    static Document parse(String text) {
        try {
            DocumentBuilder b;
            synchronized (FACTORY) { // a factory is not promised to be thread-safe; a builder per call is
                b = FACTORY.newDocumentBuilder();
            }
            b.setErrorHandler(new ErrorHandler() {
                public void warning(SAXParseException e) {
                }

                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return b.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            boolean doctype = message.contains("DOCTYPE");
            throw new GiftSyntaxError(Math.max(1, e.getLineNumber()), doctype
                    ? "a DOCTYPE is not allowed in Moodle XML (it could pull in other files)"
                    : "the file is not well-formed XML: " + message);
        } catch (ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException e) {
            throw new GiftSyntaxError(1, "the file is not well-formed XML: " + e.getMessage());
        }
    }

    /** The direct children of {@code parent} named {@code name}. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> list = children(parent, name);
        return list.isEmpty() ? null : list.get(0);
    }

    /** The text of {@code parent/name} (its {@code <text>} child when it has one), or null. */
    static String value(Element parent, String name) {
        Element e = parent == null ? null : child(parent, name);
        if (e == null) {
            return null;
        }
        Element text = child(e, "text");
        return (text == null ? e : text).getTextContent();
    }

    /** The line of each {@code <question} tag in the file, in order, so that every message names its line. */
    static List<Integer> questionLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '<' && text.startsWith("<question", i)
                    && i + 9 < text.length() && !Character.isLetterOrDigit(text.charAt(i + 9))) {
                lines.add(line);
            }
        }
        return lines;
    }
}
