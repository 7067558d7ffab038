package org.hotline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    @DisplayName("Form texts: headings, paragraphs, lists, bold, block quotes; markup of their own is escaped")
    void rendering() {
        assertThat(Markdown.toHtml("### Consent\n\nRead this **aloud**:\n\n> We keep what you say.\n> You may say no.\n\n- one\n- two"))
                .isEqualTo("<h4>Consent</h4><p>Read this <strong>aloud</strong>:</p>"
                        + "<blockquote><p>We keep what you say. You may say no.</p></blockquote><ul><li>one</li><li>two</li></ul>");
        assertThat(Markdown.toHtml("<script>alert(1)</script> & <b>x</b>"))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;</p>");
    }
}
