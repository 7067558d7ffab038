package org.hotline.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hotline.support.BenchmarkReport.Figures;

/**
 * The engine benchmark's plots: throughput against workers (the case lifecycle, the bare engine, commits against
 * the database's limit); intake latency percentiles against the request rate; task list latency against the number
 * of open tasks. X axes are evenly spaced categories, labelled with their values.
 */
final class EnginePlot {

    private static final int PANEL = 560;
    private static final int HEIGHT = 440;
    private static final Color LIFECYCLE = new Color(0x1f5fa8);
    private static final Color BARE = new Color(0xd2691e);
    private static final Color DATABASE = new Color(0x2e7d32);
    private static final Color PGBENCH = new Color(0x7b1fa2);
    private static final Color GOAL = new Color(0xb00020);
    private static final Color GRID = new Color(0xdddddd);

    private EnginePlot() {
    }

    static void throughput(Path file, List<EngineBenchmark.Throughput> lifecycle, List<EngineBenchmark.Throughput> bare,
                           Map<Integer, Double> commitLimit, Map<Integer, Double> pgbench) throws IOException {
        BufferedImage image = canvas(2);
        Graphics2D g = image.createGraphics();
        setUp(g, image);
        String[] workers = lifecycle.stream().map(t -> String.valueOf(t.workers())).toArray(String[]::new);
        double[] a = lifecycle.stream().mapToDouble(EngineBenchmark.Throughput::casesPerSecond).toArray();
        double[] b = bare.stream().mapToDouble(EngineBenchmark.Throughput::casesPerSecond).toArray();
        lines(g, 0, "Cases per second, intake to CLOSED", "cases/s", "workers", workers,
                new double[][] {a, b}, new Color[] {LIFECYCLE, BARE},
                new String[] {"A: case lifecycle", "B: bare engine, same shape"}, Double.NaN, null);
        double[] commitsA = lifecycle.stream().mapToDouble(EngineBenchmark.Throughput::commitsPerSecond).toArray();
        double[] commitsC = lifecycle.stream().mapToDouble(t -> commitLimit.get(t.workers())).toArray();
        if (pgbench.isEmpty()) {
            lines(g, PANEL, "Commits per second", "commits/s", "workers", workers, new double[][] {commitsC, commitsA},
                    new Color[] {DATABASE, LIFECYCLE}, new String[] {"C: 1-row commits, JDBC", "A: case lifecycle"},
                    Double.NaN, null);
        } else {
            double[] commitsP = lifecycle.stream().mapToDouble(t -> pgbench.getOrDefault(t.workers(), 0.0)).toArray();
            lines(g, PANEL, "Commits per second", "commits/s", "workers / clients", workers,
                    new double[][] {commitsP, commitsC, commitsA}, new Color[] {PGBENCH, DATABASE, LIFECYCLE},
                    new String[] {"C: 1-row commits, pgbench", "C: 1-row commits, JDBC", "A: case lifecycle"},
                    Double.NaN, null);
        }
        save(g, image, file);
    }

    static void intakeLatency(Path file, List<EngineBenchmark.RatePoint> rates, double goalMillis) throws IOException {
        BufferedImage image = canvas(1);
        Graphics2D g = image.createGraphics();
        setUp(g, image);
        String[] labels = rates.stream().map(r -> String.valueOf(r.rate())).toArray(String[]::new);
        double[][] series = {
            rates.stream().mapToDouble(r -> r.figures().p50()).toArray(),
            rates.stream().mapToDouble(r -> r.figures().p95()).toArray(),
            rates.stream().mapToDouble(r -> r.figures().p99()).toArray()};
        lines(g, 0, "Intake over HTTP: latency against rate", "ms", "requests per second", labels, series,
                new Color[] {new Color(0x90caf9), new Color(0x42a5f5), new Color(0x0d47a1)},
                new String[] {"p50", "p95", "p99"}, goalMillis,
                String.format(Locale.ROOT, "goal: p99 < %.0f ms", goalMillis));
        save(g, image, file);
    }

    static void taskLists(Path file, List<EngineBenchmark.ListPoint> lists, double goalMillis) throws IOException {
        BufferedImage image = canvas(1);
        Graphics2D g = image.createGraphics();
        setUp(g, image);
        String[] labels = lists.stream().map(l -> String.format(Locale.ROOT, "%,d", l.openTasks())).toArray(String[]::new);
        double[][] series = {
            lists.stream().mapToDouble(l -> p99(l.myGroup())).toArray(),
            lists.stream().mapToDouble(l -> p99(l.urgent())).toArray(),
            lists.stream().mapToDouble(l -> p99(l.api())).toArray()};
        lines(g, 0, "Task lists: p99 against open tasks", "ms", "open tasks", labels, series,
                new Color[] {LIFECYCLE, BARE, DATABASE},
                new String[] {"Tasklist: My group", "Tasklist: Urgent", "API: group queue"}, goalMillis,
                String.format(Locale.ROOT, "goal: p99 < %,.0f ms", goalMillis));
        save(g, image, file);
    }

    /** A list with no answer is drawn at the top of the scale's reach: the statement timeout. */
    private static double p99(Figures figures) {
        return figures == null ? 60_000 : figures.p99();
    }

    private static BufferedImage canvas(int panels) {
        System.setProperty("java.awt.headless", "true");
        return new BufferedImage(PANEL * panels, HEIGHT, BufferedImage.TYPE_INT_RGB);
    }

    private static void setUp(Graphics2D g, BufferedImage image) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
    }

    private static void save(Graphics2D g, BufferedImage image, Path file) throws IOException {
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void lines(Graphics2D g, int left, String title, String unit, String xTitle, String[] xLabels,
                              double[][] series, Color[] colors, String[] labels, double goal, String goalLabel) {
        int x0 = left + 80;
        int y0 = HEIGHT - 60;
        int width = PANEL - 110;
        int height = HEIGHT - 170;
        double max = Double.isNaN(goal) ? 0 : goal * 1.2;
        for (double[] s : series) {
            for (double v : s) {
                max = Math.max(max, v);
            }
        }
        max = niceCeiling(max);
        axes(g, left, title, unit, x0, y0, width, height, max);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int steps = Math.max(1, xLabels.length - 1);
        for (int i = 0; i < xLabels.length; i++) {
            int x = x0 + (int) ((double) i / steps * width);
            g.setColor(Color.DARK_GRAY);
            g.drawString(xLabels[i], x - g.getFontMetrics().stringWidth(xLabels[i]) / 2, y0 + 18);
        }
        g.drawString(xTitle, x0 + width / 2 - g.getFontMetrics().stringWidth(xTitle) / 2, y0 + 38);
        if (!Double.isNaN(goal)) {
            int goalY = y0 - (int) (goal / max * height);
            g.setColor(GOAL);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            g.drawLine(x0, goalY, x0 + width, goalY);
            g.drawString(goalLabel, x0 + width - g.getFontMetrics().stringWidth(goalLabel), goalY - 4);
        }
        for (int s = 0; s < series.length; s++) {
            g.setColor(colors[s]);
            g.setStroke(new BasicStroke(2.5f));
            int px = -1;
            int py = -1;
            for (int i = 0; i < xLabels.length; i++) {
                int x = x0 + (int) ((double) i / steps * width);
                int y = y0 - (int) (series[s][i] / max * height);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            g.fillRect(x0 + 10, 40 + s * 18, 14, 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString(labels[s], x0 + 30, 46 + s * 18);
        }
    }

    private static void axes(Graphics2D g, int left, String title, String unit, int x0, int y0, int width, int height,
                             double max) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, left + 20, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setStroke(new BasicStroke(1f));
        for (int t = 0; t <= 5; t++) {
            int y = y0 - t * height / 5;
            g.setColor(GRID);
            g.drawLine(x0, y, x0 + width, y);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, max / 5 * t >= 100 ? "%,.0f" : "%.1f", max / 5 * t);
            g.drawString(label, x0 - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.drawString(unit, left + 8, y0 - height - 12);
        g.setColor(Color.BLACK);
        g.drawLine(x0, y0, x0 + width, y0);
        g.drawLine(x0, y0, x0, y0 - height);
    }

    /** 1, 2 or 5 times a power of ten, at least the value. */
    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
