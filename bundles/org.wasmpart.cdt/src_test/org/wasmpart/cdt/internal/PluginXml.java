package org.wasmpart.cdt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The bundle's plugin.xml (the tests run in the bundle's folder), with its %keys from plugin.properties. */
record PluginXml(Document document, Properties properties) {

    /** The language settings provider as the extension declares it. */
    record Provider(String id, String name, String className, List<String> languages) {
    }

    static PluginXml read() {
        try (InputStream properties = Files.newInputStream(Path.of("plugin.properties"))) {
            Properties p = new Properties();
            p.load(properties);
            return new PluginXml(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("plugin.xml").toFile()), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The elements of the extensions of a point, with the extension's own id as attribute "extension-id". */
    List<Element> elements(String point) {
        List<Element> result = new ArrayList<>();
        NodeList extensions = document.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element extension = (Element) extensions.item(i);
            if (extension.getAttribute("point").equals(point)) {
                NodeList children = extension.getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    if (children.item(j) instanceof Element child) {
                        child.setAttribute("extension-id", extension.getAttribute("id"));
                        result.add(child);
                    }
                }
            }
        }
        return result;
    }

    Provider provider() {
        List<Element> providers = elements("org.eclipse.cdt.core.LanguageSettingsProvider");
        if (providers.size() != 1) {
            throw new IllegalStateException("plugin.xml declares " + providers.size() + " providers");
        }
        Element provider = providers.get(0);
        List<String> languages = new ArrayList<>();
        NodeList scopes = provider.getElementsByTagName("language-scope");
        for (int i = 0; i < scopes.getLength(); i++) {
            languages.add(((Element) scopes.item(i)).getAttribute("id"));
        }
        return new Provider(provider.getAttribute("id"), text(provider.getAttribute("name")),
                provider.getAttribute("class"), languages);
    }

    /** A translatable attribute's text. */
    String text(String value) {
        return value.startsWith("%") ? properties.getProperty(value.substring(1), value) : value;
    }
}
