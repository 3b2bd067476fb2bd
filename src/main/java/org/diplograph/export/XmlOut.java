package org.diplograph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting layer over {@link XMLStreamWriter}: one element a line, attributes given as name-value pairs
 * (a null value leaves the attribute out). The XML writer does all escaping.
 */
final class XmlOut implements AutoCloseable {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter w;
    private final String format;
    private int depth;

    /** Starts the document and its root element in namespace {@code ns}, with an {@code xsi:schemaLocation}. */
    XmlOut(OutputStream out, String format, String root, String ns, String schemaLocation, String... attrs) {
        this.format = format;
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(root);
            w.writeDefaultNamespace(ns);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation", ns + " " + schemaLocation);
            attributes(attrs);
            depth = 1;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Opens an element that will have children. */
    XmlOut start(String name, String... attrs) {
        return step(() -> {
            newline();
            w.writeStartElement(name);
            attributes(attrs);
            depth++;
        });
    }

    /** An element without children. */
    XmlOut empty(String name, String... attrs) {
        return step(() -> {
            newline();
            w.writeEmptyElement(name);
            attributes(attrs);
        });
    }

    /** An element holding only text. */
    XmlOut text(String name, String text, String... attrs) {
        return step(() -> {
            newline();
            w.writeStartElement(name);
            attributes(attrs);
            w.writeCharacters(text);
            w.writeEndElement();
        });
    }

    /** Closes the innermost element opened with {@link #start}. */
    XmlOut end() {
        return step(() -> {
            depth--;
            newline();
            w.writeEndElement();
        });
    }

    /** Closes the root and flushes; the stream stays open. */
    @Override
    public void close() {
        step(() -> {
            depth = 0;
            newline();
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.flush();
        });
    }

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOut step(Step s) {
        try {
            s.run();
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void attributes(String... attrs) throws XMLStreamException {
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] != null) w.writeAttribute(attrs[i], attrs[i + 1]);
        }
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private ExportException failure(XMLStreamException e) {
        return new ExportException("Cannot write " + format + ": " + e.getMessage(), e);
    }
}
