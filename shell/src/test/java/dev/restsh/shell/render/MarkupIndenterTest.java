package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupIndenterTest {
    @Test
    void oneLineXmlIsIndentedByDepth() {
        assertThat(MarkupIndenter.indent("<a><b x=\"1\">t</b><c/><!-- n --></a>"))
                .isEqualTo("<a>\n    <b x=\"1\">\n        t\n    </b>\n    <c/>\n    <!-- n -->\n</a>\n");
    }

    @Test
    void voidHtmlElementsDoNotNest() {
        assertThat(MarkupIndenter.indent("<p>a<br><img src=x>b</p>"))
                .isEqualTo("<p>\n    a\n    <br>\n    <img src=x>\n    b\n</p>\n");
    }

    @Test
    void documentsWithLineBreaksAreLeftAlone() {
        String text = "<a>\n  <b/>\n</a>\n";
        assertThat(MarkupIndenter.indent(text)).isSameAs(text);
    }
}
