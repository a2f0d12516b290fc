package dev.passage.interop;

import dev.passage.errors.Text;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads XML files from other programs safely: no DOCTYPE at all (so no external entities, no entity expansion bombs, no
 * DTD loading), secure processing limits on, namespace aware. Errors name the file, line and column. Also small DOM helpers
 * that match elements by local name, so namespace variants (1.0, 1:0, none) read alike.
 */
final class SecureXml {
    private SecureXml() {
    }

    /** Parses {@code file}; {@code shownAs} is how messages name it (e.g. "project.qde in study.qdpx"). */
    static Document parse(Path file, String shownAs) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new InteropException(Text.of("interop.lineColumn", shownAs, e.getLineNumber(), e.getColumnNumber(),
                    explain(e.getMessage())), e);
        } catch (SAXException e) {
            throw new InteropException(Text.of("interop.wellFormedXml", shownAs, explain(e.getMessage())), e);
        } catch (IOException e) {
            throw new InteropException(Text.of("interop.read", shownAs, e.getMessage()), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured securely", e);
        }
    }

    private static String explain(String message) {
        if (message != null && message.contains("DOCTYPE")) {
            return "the file declares a DOCTYPE, which Passage refuses (a DTD can read other files or expand without limit; "
                   + "REFI-QDA files never need one)";
        }
        return message;
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** The child elements of {@code parent} with local name {@code name}, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element named {@code name}, or null. */
    static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.getFirst();
    }

    /** The children of the wrapper {@code wrapper} (e.g. Users) named {@code name} (e.g. User). */
    static List<Element> listed(Element parent, String wrapper, String name) {
        return children(child(parent, wrapper), name);
    }

    /** The text of the first child named {@code name}, or null when there is none. */
    static String childText(Element parent, String name) {
        Element c = child(parent, name);
        return c == null ? null : c.getTextContent();
    }

    /** An attribute's value, or null when it is absent. */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }
}
