package org.linli.casework.open311;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Renders GeoReport documents either way. A document is built from ordered maps (element or
 * property names to values), {@link Listing}s and plain values; a listing names its items because
 * XML needs an element for each ({@code <services><service>…}) while JSON just makes an array.
 */
@Component
class Open311Writer {

    /** A list whose items are written as elements named {@code item} in XML. */
    record Listing(String item, List<?> entries) {
    }

    private final JsonMapper json;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    Open311Writer(JsonMapper json) {
        this.json = json;
    }

    /** {@code root} names the outermost XML element; JSON has no name for it. */
    byte[] write(Format format, String root, Object document) {
        return format == Format.JSON ? json.writeValueAsBytes(plain(document)) : xml(root, document);
    }

    /** A list of items, the shape of most answers: {@code <root><item>…</item>…</root>} or {@code [{…}, …]}. */
    byte[] list(Format format, String root, String item, List<? extends Map<String, ?>> entries) {
        return write(format, root, new Listing(item, entries));
    }

    private static Object plain(Object value) {
        if (value instanceof Listing l) {
            List<Object> out = new ArrayList<>(l.entries().size());
            l.entries().forEach(e -> out.add(plain(e)));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        return value;
    }

    private byte[] xml(String root, Object document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            element(w, root, document);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Open311 XML", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Listing l) {
            for (Object entry : l.entries()) {
                element(w, l.item(), entry);
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                element(w, String.valueOf(e.getKey()), e.getValue());
            }
        } else {
            w.writeCharacters(xmlText(String.valueOf(value)));
        }
        w.writeEndElement();
    }

    /** Drops the control characters XML 1.0 cannot carry (the writer escapes, but cannot encode, them). */
    static String xmlText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
