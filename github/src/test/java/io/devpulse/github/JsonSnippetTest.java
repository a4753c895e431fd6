package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

class JsonSnippetTest {
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  @Test
  void showsValuesAsJson() {
    assertThat(JsonSnippet.of(nodes.textNode("abc"))).isEqualTo("\"abc\"");
    assertThat(JsonSnippet.of(nodes.numberNode(5))).isEqualTo("5");
    assertThat(JsonSnippet.of(NullNode.getInstance())).isEqualTo("null");
    assertThat(JsonSnippet.of(null)).isEqualTo("nothing");
    assertThat(JsonSnippet.of(nodes.objectNode().put("a", 1))).isEqualTo("{\"a\":1}");
  }

  @Test
  void escapesLineBreaksInStrings() {
    assertThat(JsonSnippet.of(nodes.textNode("a\nb"))).isEqualTo("\"a\\nb\"");
  }

  @Test
  void cutsLongValues() {
    // given
    String long100 = "x".repeat(100);
    // when
    String snippet = JsonSnippet.of(nodes.textNode(long100));
    // then
    assertThat(snippet).isEqualTo("\"" + "x".repeat(59) + "...");
  }

  @Test
  void cutReplacesControlCharacters() {
    assertThat(JsonSnippet.cut("a\tb\nc")).isEqualTo("a b c");
  }
}
