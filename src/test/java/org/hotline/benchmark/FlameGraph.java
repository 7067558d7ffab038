package org.hotline.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The CPU samples of a Java Flight Recorder recording: their share by layer of the application, and a flame graph
 * drawn with Java2D (the root at the bottom, one row per stack depth, a box's width its share of the samples).
 */
final class FlameGraph {

    /** The layers a sample is counted in: by its first frame, from the top of the stack, that names one. */
    enum Layer {
        DMN("DMN / FEEL (org.camunda.bpm.dmn, org.camunda.feel, scala)", new Color(0xE6, 0x55, 0x0D)),
        ENCRYPTION("Encryption (javax.crypto, PersonalData*)", new Color(0xC2, 0x18, 0x5B)),
        AUDIT("Audit (org.hotline.audit)", new Color(0x8E, 0x44, 0xAD)),
        AUTHENTICATION("Authentication (org.springframework.security)", new Color(0x7B, 0x5E, 0x57)),
        ENGINE("Engine (org.camunda, org.apache.ibatis)", new Color(0xF5, 0xA6, 0x23)),
        JPA("JPA / Hibernate (org.hibernate)", new Color(0x4A, 0x90, 0xD9)),
        JSON("JSON (com.fasterxml)", new Color(0x2E, 0xAD, 0x9C)),
        JDBC("JDBC driver and pool (org.postgresql, com.zaxxer)", new Color(0x27, 0xAE, 0x60)),
        HTTP("HTTP / servlet (org.apache.catalina, coyote, tomcat, org.springframework.web)", new Color(0x95, 0xA5, 0xA6)),
        HOTLINE("Hotline code (org.hotline, the rest)", new Color(0xD4, 0xC1, 0x4A)),
        OTHER("Other (JDK, Spring core, ...)", new Color(0xBD, 0xBD, 0xBD));

        final String label;
        final Color colour;

        Layer(String label, Color colour) {
            this.label = label;
            this.colour = colour;
        }

        /** The layer a frame of this class names, or null (JDK, Spring core, and such: the caller's layer decides). */
        static Layer of(String type) {
            if (type.startsWith("org.hotline.benchmark")) {
                // The statement counter's wrapper: the layer of what it wraps, or of its caller.
                return null;
            }
            if (type.startsWith("org.camunda.bpm.dmn") || type.startsWith("org.camunda.feel")
                    || type.startsWith("scala.") || type.startsWith("org.camunda.bpm.engine.impl.dmn")) {
                return DMN;
            }
            if (type.startsWith("javax.crypto") || type.startsWith("com.sun.crypto")
                    || type.startsWith("org.hotline.security.PersonalData")) {
                return ENCRYPTION;
            }
            if (type.startsWith("org.hotline.audit")) {
                return AUDIT;
            }
            if (type.startsWith("org.springframework.security")) {
                return AUTHENTICATION;
            }
            if (type.startsWith("org.camunda") || type.startsWith("org.apache.ibatis")) {
                return ENGINE;
            }
            if (type.startsWith("org.hibernate")) {
                return JPA;
            }
            if (type.startsWith("com.fasterxml")) {
                return JSON;
            }
            if (type.startsWith("org.postgresql") || type.startsWith("com.zaxxer")) {
                return JDBC;
            }
            if (type.startsWith("org.apache.catalina") || type.startsWith("org.apache.coyote")
                    || type.startsWith("org.apache.tomcat") || type.startsWith("org.springframework.web")) {
                return HTTP;
            }
            if (type.startsWith("org.hotline")) {
                return HOTLINE;
            }
            return null;
        }
    }

    /** One sampled frame's name and layer (null: none of its own). */
    record Frame(String name, Layer layer) {
    }

    /** A node of the call tree: its samples, including its callees'. */
    static final class Node {
        final Frame frame;
        long samples;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(Frame frame) {
            this.frame = frame;
        }
    }

    final Node root = new Node(new Frame("all samples", null));
    final Map<Layer, Long> layers = new EnumMap<>(Layer.class);
    final Map<String, Long> selfTime = new TreeMap<>();
    long samples;
    long truncated;
    long otherThreads;

    /** The samples of the threads whose name starts with {@code threadPrefix}. */
    static FlameGraph read(Path recording, String threadPrefix) throws IOException {
        FlameGraph graph = new FlameGraph();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            var thread = event.getThread("sampledThread");
            if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith(threadPrefix)) {
                graph.otherThreads++;
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null) {
                continue;
            }
            graph.add(stack);
        }
        return graph;
    }

    private void add(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        samples++;
        if (stack.isTruncated()) {
            truncated++;
        }
        Layer layer = Layer.OTHER;
        for (RecordedFrame frame : frames) {
            Layer named = Layer.of(frame.getMethod().getType().getName());
            if (named != null) {
                layer = named;
                break;
            }
        }
        layers.merge(layer, 1L, Long::sum);
        if (!frames.isEmpty()) {
            selfTime.merge(name(frames.get(0)), 1L, Long::sum);
        }
        Node node = root;
        node.samples++;
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedFrame frame = frames.get(i);
            if (i > 0 && glue(frame.getMethod().getType().getName(), frame.getMethod().getName())) {
                continue;
            }
            String name = name(frame);
            Node parent = node;
            node = parent.children.computeIfAbsent(name,
                    n -> new Node(new Frame(n, Layer.of(frame.getMethod().getType().getName()))));
            node.samples++;
        }
    }

    /**
     * Frames that only pass a call on (reflection, method handles, proxies, interceptors, the filter chain's links):
     * left out of the flame graph, which would otherwise be hundreds of rows deep; the layers count them as usual.
     */
    static boolean glue(String type, String method) {
        return type.startsWith("java.lang.reflect.") || type.startsWith("jdk.internal.reflect.")
                || type.startsWith("java.lang.invoke.") || type.startsWith("jdk.proxy") || type.startsWith("com.sun.proxy")
                || type.contains("$$SpringCGLIB$$") || type.startsWith("org.hotline.benchmark.") || type.startsWith("org.springframework.aop.")
                || type.startsWith("org.springframework.cglib.")
                || type.startsWith("org.springframework.transaction.interceptor.")
                || method.equals("doFilter") || method.equals("wrapFilter") || method.startsWith("lambda$wrap") || method.equals("doFilterInternal") || method.equals("internalDoFilter")
                || (type.startsWith("org.camunda.bpm.engine.impl.interceptor.") && method.equals("execute"))
                || (type.startsWith("org.camunda.bpm.engine.impl.pvm.runtime.operation.") && method.equals("execute"));
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private int depth(Node node) {
        int deepest = 0;
        for (Node child : node.children.values()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest + 1;
    }

    private static final int WIDTH = 1600;
    private static final int ROW = 14;
    private static final int MARGIN = 10;

    /** Draws the call tree, the root at the bottom, with a title and a legend of the layers' colours on top. */
    void write(Path png, String title) throws IOException {
        int rows = depth(root);
        int legendRows = (Layer.values().length + 1) / 2;
        int top = MARGIN + 22 + legendRows * 18 + 10;
        int height = top + rows * ROW + MARGIN;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, MARGIN, MARGIN + 14);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int i = 0;
        for (Layer layer : Layer.values()) {
            int x = MARGIN + (i % 2) * ((WIDTH - 2 * MARGIN) / 2);
            int y = MARGIN + 24 + (i / 2) * 18;
            g.setColor(layer.colour);
            g.fillRect(x, y, 14, 12);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(x, y, 14, 12);
            g.setColor(Color.BLACK);
            long n = layers.getOrDefault(layer, 0L);
            g.drawString(String.format(java.util.Locale.ROOT, "%s: %.1f%% of samples", layer.label,
                    samples == 0 ? 0 : 100.0 * n / samples), x + 20, y + 11);
            i++;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        double perSample = (double) (WIDTH - 2 * MARGIN) / Math.max(1, root.samples);
        draw(g, root, MARGIN, height - MARGIN - ROW, perSample, Layer.OTHER);
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private void draw(Graphics2D g, Node node, double x, int y, double perSample, Layer inherited) {
        double width = node.samples * perSample;
        if (width < 1 || y < 0) {
            return;
        }
        Layer layer = node.frame.layer() != null ? node.frame.layer() : inherited;
        // Frames of no layer of their own (JDK, Spring core) take a lighter shade of their caller's colour.
        Color colour = node.frame.layer() != null ? layer.colour : blend(layer.colour);
        if (node == root) {
            colour = new Color(0x70, 0x70, 0x70);
        }
        g.setColor(colour);
        g.fillRect((int) x, y, Math.max(1, (int) width - 1), ROW - 1);
        if (width > 30) {
            g.setColor(Color.BLACK);
            String text = node == root
                    ? String.format(java.util.Locale.ROOT, "all %,d samples", node.samples) : node.frame.name();
            FontMetrics metrics = g.getFontMetrics();
            String shown = fit(text, metrics, (int) width - 6);
            if (!shown.isEmpty()) {
                g.setColor(node == root ? Color.WHITE : Color.BLACK);
                g.drawString(shown, (int) x + 3, y + ROW - 4);
            }
        }
        double childX = x;
        List<Node> children = new ArrayList<>(node.children.values());
        children.sort((a, b) -> a.frame.name().compareTo(b.frame.name()));
        for (Node child : children) {
            draw(g, child, childX, y - ROW, perSample, layer);
            childX += child.samples * perSample;
        }
        g.setStroke(new BasicStroke(1));
    }

    private static Color blend(Color colour) {
        return new Color((colour.getRed() + 2 * 255) / 3, (colour.getGreen() + 2 * 255) / 3,
                (colour.getBlue() + 2 * 255) / 3);
    }

    private static String fit(String text, FontMetrics metrics, int room) {
        if (metrics.stringWidth(text) <= room) {
            return text;
        }
        for (int end = text.length() - 1; end > 2; end--) {
            String cut = text.substring(0, end) + "…";
            if (metrics.stringWidth(cut) <= room) {
                return cut;
            }
        }
        return "";
    }
}
