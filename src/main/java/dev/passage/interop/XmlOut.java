package dev.passage.interop;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;

/**
 * A thin layer over StAX's {@link XMLStreamWriter} for the exporters: streaming (nothing is built in memory), UTF-8, every
 * element in one default namespace, and text cleaned of characters XML 1.0 cannot carry (they become U+FFFD).
 */
final class XmlOut implements AutoCloseable {
    private final XMLStreamWriter x;

    XmlOut(OutputStream out, String rootName, String namespace) throws XMLStreamException {
        x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("utf-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement(rootName);
        x.writeDefaultNamespace(namespace);
    }

    XmlOut start(String name) throws XMLStreamException {
        x.writeStartElement(name);
        return this;
    }

    XmlOut empty(String name) throws XMLStreamException {
        x.writeEmptyElement(name);
        return this;
    }

    /** Writes the attribute when {@code value} is not null. */
    XmlOut attr(String name, Object value) throws XMLStreamException {
        if (value != null) {
            x.writeAttribute(name, clean(value.toString()));
        }
        return this;
    }

    XmlOut end() throws XMLStreamException {
        x.writeEndElement();
        return this;
    }

    /** {@code <name>text</name>}. */
    XmlOut element(String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
        return this;
    }

    /** {@code <name targetGUID="guid"/>}. */
    XmlOut ref(String name, String guid) throws XMLStreamException {
        return empty(name).attr("targetGUID", guid);
    }

    @Override
    public void close() throws XMLStreamException {
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    /** Replaces characters that XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }
}
