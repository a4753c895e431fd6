package io.devpulse.index.internal;

import io.devpulse.index.BadQueryException;
import java.io.StringReader;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.QueryParserTokenManager;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * Refuses a query whose parentheses nest deeper than {@link #MAX_DEPTH} levels, before it is
 * parsed: the classic parser descends one level of recursion per parenthesis, so 5,000 of them
 * overflow the stack (a {@link StackOverflowError}, not a message). Counted with the parser's own
 * tokenizer, so parentheses in quoted phrases, ranges and regular expressions are not counted,
 * exactly as the parser does not descend for them; groups inside a regular expression are {@link
 * RegexLimits}' business. Linear in the query's length.
 */
final class QueryNesting {
  /** The deepest nesting of parentheses a query may have; real queries use two or three. */
  static final int MAX_DEPTH = 32;

  private QueryNesting() {}

  /** Throws a {@link BadQueryException} naming the column of the first parenthesis too deep. */
  static void check(QueryText text) {
    QueryParserTokenManager tokens =
        new QueryParserTokenManager(new FastCharStream(new StringReader(text.text())));
    int depth = 0;
    try {
      for (Token t = tokens.getNextToken();
          t.kind != QueryParserConstants.EOF;
          t = tokens.getNextToken()) {
        if (t.kind == QueryParserConstants.LPAREN && ++depth > MAX_DEPTH) {
          // beginColumn is 0-based; originalColumn takes the 1-based column.
          throw new BadQueryException(
              "bad query at column "
                  + text.originalColumn(t.beginColumn + 1)
                  + ": parentheses nested deeper than "
                  + MAX_DEPTH
                  + " levels");
        }
        if (t.kind == QueryParserConstants.RPAREN) {
          if (depth == 0) {
            return; // the parser stops at this stray parenthesis and says so
          }
          depth--;
        }
      }
    } catch (TokenMgrError e) {
      // A character the tokenizer cannot read: the parser stops there too, and reports it.
    }
  }
}
