package io.devpulse.index.internal;

import io.devpulse.index.ItemQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * An {@link ItemQuery} as the Lucene query the parser builds for the same query typed ({@code
 * topic:docs} is a term on the folded keyword, {@code created:[a TO b}} a point range over {@code
 * [a, b)}, {@code merged:true} the merged flag), so code and users get the same items.
 */
public final class TypedQueries {
  private TypedQueries() {}

  public static Query toLucene(ItemQuery query) {
    return switch (query) {
      case ItemQuery.All a -> MatchAllDocsQuery.INSTANCE;
      case ItemQuery.Merged m -> new TermQuery(new Term(IndexFields.MERGED, "true"));
      case ItemQuery.Text t -> ItemQueryParser.parseQuery(t.query());
      case ItemQuery.InRepository r -> keyword(IndexFields.REPO, r.repository().key());
      case ItemQuery.HasTopic t -> keyword(IndexFields.TOPIC, t.topic());
      case ItemQuery.HasPriority p -> keyword(IndexFields.PRIORITY, p.priority().key());
      case ItemQuery.OfKind k -> new TermQuery(new Term(IndexFields.KIND, k.kind().key()));
      case ItemQuery.InState s -> new TermQuery(new Term(IndexFields.STATE, s.state().key()));
      case ItemQuery.Between b ->
          DateBounds.rangeQuery(
              IndexFields.timeField(b.field()), b.from().toEpochMilli(), b.to().toEpochMilli() - 1);
      case ItemQuery.AllOf all -> combine(all.parts(), BooleanClause.Occur.MUST);
      case ItemQuery.AnyOf any -> combine(any.parts(), BooleanClause.Occur.SHOULD);
    };
  }

  private static Query keyword(String field, String value) {
    return new TermQuery(new Term(field, IndexFields.fold(value)));
  }

  private static Query combine(java.util.List<ItemQuery> parts, BooleanClause.Occur occur) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (ItemQuery part : parts) {
      b.add(toLucene(part), occur);
    }
    return b.build();
  }
}
