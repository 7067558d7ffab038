package org.hotline.deployment;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hotline.platform.ApiProblem.FieldError;
import org.hotline.security.ModelExpressions;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The first look at a model, on its XML as written, before any model reader or the engine's parser: every element
 * and attribute in an allowed namespace, and every expression anywhere in it (attributes, timers, conditions,
 * input/output mappings, fields, decision cells) within the allow-list of {@link ModelExpressions}. Documentation and
 * text annotations are prose and are not read as expressions.
 */
final class ModelText {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String CAMUNDA_MODELER = "http://camunda.org/schema/modeler/1.0";

    /** BPMN 2.0 and its diagram interchange, Camunda's extensions, and what Camunda Modeler writes (colours). */
    static final Set<String> BPMN_NAMESPACES = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/MODEL",
            "http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC",
            "http://www.omg.org/spec/DD/20100524/DI",
            "http://camunda.org/schema/1.0/bpmn",
            "http://bpmn.io/schema/bpmn/biocolor/1.0",
            "http://www.omg.org/spec/BPMN/non-normative/color/1.0",
            CAMUNDA_MODELER, XSI);
    /** DMN 1.1 to 1.3 and their diagram interchange, Camunda's extensions, and what Camunda Modeler writes. */
    static final Set<String> DMN_NAMESPACES = Set.of(
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "http://www.omg.org/spec/DMN/20180521/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DC/",
            "http://www.omg.org/spec/DMN/20180521/DI/",
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "http://camunda.org/schema/1.0/dmn",
            "http://bpmn.io/schema/dmn/biodi/1.0",
            "http://bpmn.io/schema/dmn/biodi/2.0",
            CAMUNDA_MODELER, XSI);
    private static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    /**
     * What turns a BPMN element into a script: a condition's {@code language} (even {@code juel}, which the engine
     * then runs as a script, outside the expression allow-list), {@code scriptFormat}, and {@code camunda:resource},
     * which reads the script or condition from another file of the deployment.
     */
    private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("language", "scriptFormat", "resource");
    /** FEEL, however a decision names it; JUEL and script languages are refused in decisions. */
    private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/dmn/20191111/feel/", "https://www.omg.org/spec/dmn/20180521/feel/",
            "http://www.omg.org/spec/dmn/20180521/feel/");
    /** Prose, never evaluated: BPMN documentation and text annotations, DMN descriptions. */
    private static final Set<String> PROSE = Set.of("documentation", "textAnnotation", "description");
    /** A FEEL function bound to a Java method ({@code function(x) external {java: ...}}). */
    private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b");
    private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private ModelText() {
    }

    /** Adds what is wrong with this model's XML to {@code problems}; false when it cannot be read as XML at all. */
    static boolean check(String name, byte[] xml, Set<String> namespaces, List<FieldError> problems) {
        Element root;
        try {
            root = parser().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception unreadable) {
            problems.add(new FieldError(name, "is not well-formed XML (or declares a DOCTYPE, which is not allowed)"));
            return false;
        }
        boolean decision = namespaces == DMN_NAMESPACES;
        walk(root, name, namespaces, decision, problems);
        return true;
    }

    private static void walk(Element element, String name, Set<String> namespaces, boolean decision,
                             List<FieldError> problems) {
        String where = owner(element);
        if (element.getNamespaceURI() == null || !namespaces.contains(element.getNamespaceURI())) {
            problems.add(new FieldError(name, where + ": the element " + element.getTagName() + " is in the namespace "
                    + element.getNamespaceURI() + ", which is not allowed"));
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
                continue; // a declaration; what is declared is checked where it is used
            }
            if (namespace != null && !XMLConstants.XML_NS_URI.equals(namespace) && !namespaces.contains(namespace)) {
                problems.add(new FieldError(name, where + ": the attribute " + attribute.getName() + " is in the namespace "
                        + namespace + ", which is not allowed"));
                continue;
            }
            String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (!decision && (SCRIPT_ATTRIBUTES.contains(local) && (namespace == null || CAMUNDA_BPMN.equals(namespace)))) {
                problems.add(new FieldError(name, where + ": " + attribute.getName() + " makes a script of it, and no "
                        + "script runs here (a condition is an expression, without language or resource)"));
                continue;
            }
            if (decision && "expressionLanguage".equals(local)
                    && !FEEL.contains(attribute.getValue().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldError(name, where + ": uses the expression language " + attribute.getValue()
                        + "; decisions are written in FEEL"));
                continue;
            }
            expressions(name, where + ", attribute " + attribute.getName(), attribute.getValue(), problems);
        }
        if (PROSE.contains(element.getLocalName())) {
            return;
        }
        // The element's text as the engine reads it: text and CDATA joined, comments and processing instructions
        // dropped, so that an expression split across them is checked whole.
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                walk(inner, name, namespaces, decision, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        expressions(name, where, text.toString(), problems);
        if (decision && FEEL_EXTERNAL.matcher(FEEL_STRING.matcher(text).replaceAll("\"\"")).find()) {
            problems.add(new FieldError(name, where + ": binds a FEEL function to Java (external), which is not allowed"));
        }
    }

    private static void expressions(String name, String where, String text, List<FieldError> problems) {
        for (String problem : ModelExpressions.problems(text)) {
            problems.add(new FieldError(name, where + ": the expression " + abbreviated(text.strip()) + " " + problem));
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static String owner(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("id")) {
                return e.getLocalName() + " " + e.getAttribute("id");
            }
        }
        return element.getLocalName();
    }

    /** No DOCTYPE, no external entities or schemas, no XInclude: a model is read as the bytes it is. */
    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors end the parse, silently
        return builder;
    }
}
