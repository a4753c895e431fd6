package io.devpulse.index.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index: one chain for text at index time, one for text in queries, and
 * lower-cased keywords.
 *
 * <p>Text is tokenized by {@link StandardTokenizer}; at index time {@link WordDelimiterGraphFilter}
 * adds the parts of {@code PrefixLM} ({@code prefix}, {@code lm}) next to the original, splitting
 * on case changes and punctuation but not between letters and digits, so {@code fp8} and {@code
 * MI300X} stay whole; {@link CJKBigramFilter} turns runs of Han, Hiragana, Katakana and Hangul into
 * overlapping bigrams, so a two-character query finds a Chinese title. Queries skip the
 * word-delimiter step: the original and its parts are all indexed, so {@code prefixlm}, {@code
 * PrefixLM} and {@code "prefix lm"} all match.
 */
public final class IndexAnalyzers {
  private static final int WORD_DELIMITER_FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
          | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
          | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private IndexAnalyzers() {}

  /**
   * For the writer: titles get the full chain; bodies skip the word-delimiter step, which costs
   * more than the rest of indexing together and matters for short names in titles ({@code
   * PrefixLM}); other fields are added pre-analysed.
   */
  public static Analyzer forIndexing() {
    return new PerFieldAnalyzerWrapper(
        new TextAnalyzer(false), Map.of(IndexFields.TITLE, new TextAnalyzer(true)));
  }

  /**
   * For the query parser: text fields without word splitting, every other field a lower-cased
   * keyword.
   */
  public static Analyzer forQueries() {
    Analyzer text = new TextAnalyzer(false);
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(IndexFields.TITLE, text, IndexFields.BODY, text, IndexFields.TEXT, text));
  }

  private static final class TextAnalyzer extends Analyzer {
    private final boolean splitWords;

    TextAnalyzer(boolean splitWords) {
      this.splitWords = splitWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = tokenizer;
      if (splitWords) {
        stream =
            new WordDelimiterGraphFilter(
                stream,
                true,
                WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                WORD_DELIMITER_FLAGS,
                null);
        // The index cannot hold a token graph: flatten PrefixLM / prefix+lm into overlapping
        // positions.
        stream = new FlattenGraphFilter(stream);
      }
      stream = new CJKWidthFilter(stream);
      stream = new LowerCaseFilter(stream);
      stream = new CJKBigramFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(new CJKWidthFilter(in));
    }
  }

  private static final class KeywordAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new KeywordTokenizer();
      return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
