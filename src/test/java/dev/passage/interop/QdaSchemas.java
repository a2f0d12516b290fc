package dev.passage.interop;

import dev.passage.errors.Text;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled QDA-XML 1.0 schemas (REFI, MIT): validates a .qde or .qdc, streaming, with the first error's line. */
public final class QdaSchemas {
    /** Which of the two schemas. */
    public enum Kind {
        PROJECT("Project-mrt2019.xsd"), CODEBOOK("Codebook-mrt2019.xsd");

        private final String resource;

        Kind(String resource) {
            this.resource = resource;
        }
    }

    private QdaSchemas() {
    }

    /** Validates {@code xml}; throws {@link InteropException} naming the file, line and problem when it is not valid. */
    public static void validate(Kind kind, Path xml) {
        try (InputStream in = Files.newInputStream(xml)) {
            validate(kind, in, xml.getFileName().toString());
        } catch (IOException e) {
            throw new InteropException(Text.of("interop.read", xml, e.getMessage()), e);
        }
    }

    /** Validates the XML read from {@code in}; {@code shownAs} names it in the message. */
    public static void validate(Kind kind, InputStream in, String shownAs) {
        try {
            Validator v = schema(kind).newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(in));
        } catch (SAXParseException e) {
            throw new InteropException(Text.of("interop.lineColumnValidQda", shownAs, e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage()), e);
        } catch (SAXException | IOException e) {
            throw new InteropException(Text.of("interop.validQdaXml", shownAs, e.getMessage()), e);
        }
    }

    private static Schema schema(Kind kind) throws SAXException {
        URL xsd = QdaSchemas.class.getResource(kind.resource);
        if (xsd == null) {
            throw new IllegalStateException("the bundled schema " + kind.resource + " is missing from the build");
        }
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newSchema(xsd);
    }
}
