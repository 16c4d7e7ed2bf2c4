package org.entente.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupQuotesAndForbiddenCharacters() {
        assertThat(Html.esc("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(Html.esc("a\u0000b\u0007c\td\ne\u007f")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\uFFFD");
        assertThat(Html.esc("ok \uD83D\uDE00 lone \uD83D x \uDE00")).isEqualTo("ok \uD83D\uDE00 lone \uFFFD x \uFFFD");
        assertThat(Html.esc(null)).isEmpty();
        String plain = "nothing to escape";
        assertThat(Html.esc(plain)).isSameAs(plain);
    }

    @Test
    void formatsScoresWithASignAndADot() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Html.signed(0.4249)).isEqualTo("+0.42");
            assertThat(Html.signed(-0.001)).isEqualTo("+0.00");
            assertThat(Html.signed(-0.5)).isEqualTo("-0.50");
            assertThat(Html.key(-0.25)).isEqualTo("-0.2500");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
