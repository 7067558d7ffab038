package org.hotline.workspace;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The little Markdown that form texts use: headings, paragraphs, bullet lists, bold and italics. Everything is
 * escaped first, so a form can never put markup of its own into the page.
 */
final class Markdown {

    private Markdown() {
    }

    static String toHtml(String markdown) {
        StringBuilder html = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        List<String> lines = new ArrayList<>();
        // A block quote (the consent script read word for word) is its own Markdown, drawn inside <blockquote>.
        for (String raw : markdown.replace("\r", "").split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith(">")) {
                quoted.append(line.substring(1).strip()).append('\n');
                continue;
            }
            if (!quoted.isEmpty()) {
                lines.add(QUOTE + quoted);
                quoted.setLength(0);
            }
            lines.add(raw);
        }
        if (!quoted.isEmpty()) {
            lines.add(QUOTE + quoted);
        }
        return blocks(lines, html);
    }

    private static final String QUOTE = "\u0000quote\u0000";

    private static String blocks(List<String> lines, StringBuilder html) {
        boolean inList = false;
        StringBuilder paragraph = new StringBuilder();
        for (String raw : lines) {
            if (raw.startsWith(QUOTE)) {
                flush(html, paragraph);
                if (inList) {
                    html.append("</ul>");
                    inList = false;
                }
                html.append("<blockquote>").append(toHtml(raw.substring(QUOTE.length()))).append("</blockquote>");
                continue;
            }
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || line.startsWith("#") || item) {
                flush(html, paragraph);
            }
            if (!item && inList) {
                html.append("</ul>");
                inList = false;
            }
            if (line.startsWith("#")) {
                int level = Math.min(6, Math.max(3, (int) line.chars().takeWhile(c -> c == '#').count() + 1));
                html.append("<h").append(level).append('>').append(inline(line.replaceFirst("^#+\\s*", "")))
                        .append("</h").append(level).append('>');
            } else if (item) {
                if (!inList) {
                    html.append("<ul>");
                    inList = true;
                }
                html.append("<li>").append(inline(line.substring(2))).append("</li>");
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(html, paragraph);
        if (inList) {
            html.append("</ul>");
        }
        return html.toString();
    }

    private static void flush(StringBuilder html, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(inline(paragraph.toString())).append("</p>");
            paragraph.setLength(0);
        }
    }

    private static String inline(String text) {
        return HtmlUtils.htmlEscape(text)
                .replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>")
                .replaceAll("(?<![*\\w])\\*(?!\\s)(.+?)\\*(?!\\w)", "<em>$1</em>")
                .replaceAll("(?<!\\w)_(?!\\s)(.+?)_(?!\\w)", "<em>$1</em>");
    }
}
