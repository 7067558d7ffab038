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
 * The engine benchmark's plot: cases per second against workers for the case lifecycle and the bare engine; commits
 * per second of the lifecycle against the database's limit; latency percentiles of intake and task lists against
 * the 100 ms goal.
 */
final class EnginePlot {

    private static final int PANEL = 520;
    private static final int HEIGHT = 440;
    private static final Color LIFECYCLE = new Color(0x1f5fa8);
    private static final Color BARE = new Color(0xd2691e);
    private static final Color DATABASE = new Color(0x2e7d32);
    private static final Color GOAL = new Color(0xb00020);
    private static final Color GRID = new Color(0xdddddd);

    private EnginePlot() {
    }

    static void write(Path file, List<EngineBenchmark.Throughput> lifecycle, List<EngineBenchmark.Throughput> bare,
                      Map<Integer, Double> commitLimit, Figures intake, Figures apiList, Figures tasklistList,
                      double goalMillis) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(PANEL * 3, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());

        int[] workers = lifecycle.stream().mapToInt(EngineBenchmark.Throughput::workers).toArray();
        double[] a = lifecycle.stream().mapToDouble(EngineBenchmark.Throughput::casesPerSecond).toArray();
        double[] b = bare.stream().mapToDouble(EngineBenchmark.Throughput::casesPerSecond).toArray();
        lines(g, 0, "Cases per second, intake to CLOSED", "cases/s", workers,
                new double[][] {a, b}, new Color[] {LIFECYCLE, BARE},
                new String[] {"A: case lifecycle", "B: bare engine, same shape"});

        double[] commitsA = lifecycle.stream().mapToDouble(EngineBenchmark.Throughput::commitsPerSecond).toArray();
        double[] commitsC = new double[workers.length];
        for (int i = 0; i < workers.length; i++) {
            commitsC[i] = commitLimit.get(workers[i]);
        }
        lines(g, PANEL, "Commits per second", "commits/s", workers, new double[][] {commitsC, commitsA},
                new Color[] {DATABASE, LIFECYCLE}, new String[] {"C: database limit (1-row insert)", "A: case lifecycle"});

        if (tasklistList == null) {
            bars(g, 2 * PANEL, goalMillis, new String[] {"D intake 50/s", "E API queue"},
                    new Figures[] {intake, apiList});
        } else {
            bars(g, 2 * PANEL, goalMillis, new String[] {"D intake 50/s", "E API queue", "E Tasklist"},
                    new Figures[] {intake, apiList, tasklistList});
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void lines(Graphics2D g, int left, String title, String unit, int[] workers, double[][] series,
                              Color[] colors, String[] labels) {
        int x0 = left + 70;
        int y0 = HEIGHT - 60;
        int width = PANEL - 100;
        int height = HEIGHT - 130;
        double max = 0;
        for (double[] s : series) {
            for (double v : s) {
                max = Math.max(max, v);
            }
        }
        max = niceCeiling(max);
        axes(g, left, title, unit, x0, y0, width, height, max);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < workers.length; i++) {
            int x = x0 + (int) ((double) i / (workers.length - 1) * width);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.valueOf(workers[i]), x - 4, y0 + 18);
        }
        g.drawString("workers", x0 + width / 2 - 22, y0 + 36);
        for (int s = 0; s < series.length; s++) {
            g.setColor(colors[s]);
            g.setStroke(new BasicStroke(2.5f));
            int px = -1;
            int py = -1;
            for (int i = 0; i < workers.length; i++) {
                int x = x0 + (int) ((double) i / (workers.length - 1) * width);
                int y = y0 - (int) (series[s][i] / max * height);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            g.fillRect(x0 + 10, 52 + s * 18, 14, 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString(labels[s], x0 + 30, 58 + s * 18);
        }
    }

    private static void bars(Graphics2D g, int left, double goal, String[] names, Figures[] figures) {
        int x0 = left + 70;
        int y0 = HEIGHT - 60;
        int width = PANEL - 100;
        int height = HEIGHT - 130;
        double max = goal;
        for (Figures f : figures) {
            max = Math.max(max, f.p99());
        }
        max = niceCeiling(max * 1.1);
        axes(g, left, "Latency percentiles (p50, p95, p99)", "ms", x0, y0, width, height, max);
        Color[] shades = {new Color(0x90caf9), new Color(0x42a5f5), new Color(0x1565c0)};
        int group = width / names.length;
        int bar = (group - 30) / 3;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < names.length; i++) {
            double[] values = {figures[i].p50(), figures[i].p95(), figures[i].p99()};
            for (int k = 0; k < 3; k++) {
                int x = x0 + i * group + 15 + k * bar;
                int h = (int) (values[k] / max * height);
                g.setColor(shades[k]);
                g.fillRect(x, y0 - h, bar - 2, h);
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.format(Locale.ROOT, "%.0f", values[k]), x, y0 - h - 3);
            }
            g.drawString(names[i], x0 + i * group + 12, y0 + 18);
        }
        int goalY = y0 - (int) (goal / max * height);
        g.setColor(GOAL);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.drawLine(x0, goalY, x0 + width, goalY);
        g.drawString(String.format(Locale.ROOT, "goal: p99 < %.0f ms", goal), x0 + width - 120, goalY - 4);
        String[] legend = {"p50", "p95", "p99"};
        for (int k = 0; k < 3; k++) {
            g.setColor(shades[k]);
            g.fillRect(x0 + 10 + k * 60, 50, 14, 10);
            g.setColor(Color.DARK_GRAY);
            g.drawString(legend[k], x0 + 28 + k * 60, 59);
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
