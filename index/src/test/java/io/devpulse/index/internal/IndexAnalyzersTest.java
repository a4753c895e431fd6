package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class IndexAnalyzersTest {
  private static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  @Test
  void indexesCamelCaseWholeAndInParts() {
    assertThat(tokens(IndexAnalyzers.forIndexing(), IndexFields.TITLE, "Add PrefixLM support"))
        .containsExactlyInAnyOrder("add", "prefixlm", "prefix", "lm", "support");
  }

  @Test
  void keepsLettersAndDigitsTogether() {
    assertThat(tokens(IndexAnalyzers.forIndexing(), IndexFields.TITLE, "fp8 on MI300X"))
        .containsExactly("fp8", "on", "mi300x");
  }

  @Test
  void makesBigramsOfChinese() {
    assertThat(tokens(IndexAnalyzers.forIndexing(), IndexFields.TITLE, "模型加载失败"))
        .containsExactly("模型", "型加", "加载", "载失", "失败");
    assertThat(tokens(IndexAnalyzers.forQueries(), IndexFields.TEXT, "加载")).containsExactly("加载");
  }

  @Test
  void foldsFullWidthLetters() {
    assertThat(tokens(IndexAnalyzers.forIndexing(), IndexFields.BODY, "ＲＯＣｍ"))
        .containsExactly("rocm");
  }

  @Test
  void queriesDoNotSplitWords() {
    assertThat(tokens(IndexAnalyzers.forQueries(), IndexFields.TITLE, "PrefixLM"))
        .containsExactly("prefixlm");
  }

  @Test
  void queriesOnKeywordFieldsAreOneLowerCaseToken() {
    assertThat(tokens(IndexAnalyzers.forQueries(), IndexFields.LABEL, "Good First Issue"))
        .containsExactly("good first issue");
  }

  @Test
  void bodiesAreNotSplitIntoWordParts() throws Exception {
    assertThat(tokens(IndexAnalyzers.forIndexing(), IndexFields.BODY, "Add PrefixLM support"))
        .containsExactly("add", "prefixlm", "support");
  }
}
