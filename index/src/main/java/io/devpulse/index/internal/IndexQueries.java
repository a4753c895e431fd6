package io.devpulse.index.internal;

import io.devpulse.model.BotPolicy;
import io.devpulse.model.Repository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The queries the index builds for itself: filters by document type, repository, number and time.
 */
public final class IndexQueries {
  private IndexQueries() {}

  /** Documents of one type: {@link IndexFields#TYPE_ITEM}, comment or review. */
  public static Query ofType(String type) {
    return new TermQuery(new Term(IndexFields.DOC_TYPE, type));
  }

  /**
   * Documents of one type whose author is a bot by the rules' {@code verdicts} (per login as
   * stored), as {@link BotPolicy} decides: an account the rules called a bot, or one GitHub flags
   * as a bot that the rules did not call human.
   */
  public static Query byBots(String type, Map<String, Boolean> verdicts) {
    Set<String> botKeys = new HashSet<>();
    Set<String> humanKeys = new HashSet<>();
    verdicts.forEach((login, bot) -> (bot ? botKeys : humanKeys).add(BotPolicy.key(login)));
    // Where accounts that key alike were judged differently, the bot verdict wins (BotPolicy).
    humanKeys.removeAll(botKeys);
    List<BytesRef> bots = new ArrayList<>();
    List<BytesRef> humans = new ArrayList<>();
    // Verdicts are keyed without the "[bot]" suffix; the author field holds the login as GitHub
    // sent it.
    for (String login : botKeys) {
      bots.add(new BytesRef(login));
      bots.add(new BytesRef(login + "[bot]"));
    }
    for (String login : humanKeys) {
      humans.add(new BytesRef(login));
      humans.add(new BytesRef(login + "[bot]"));
    }
    Query flagged =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.BOT, "true")), BooleanClause.Occur.FILTER)
            .add(new TermInSetQuery(IndexFields.AUTHOR, humans), BooleanClause.Occur.MUST_NOT)
            .build();
    Query bot =
        new BooleanQuery.Builder()
            .add(flagged, BooleanClause.Occur.SHOULD)
            .add(new TermInSetQuery(IndexFields.AUTHOR, bots), BooleanClause.Occur.SHOULD)
            .setMinimumNumberShouldMatch(1)
            .build();
    return builder(type, null).add(bot, BooleanClause.Occur.FILTER).build();
  }

  /** The document with this entity key. */
  public static Query byKey(String key) {
    return new TermQuery(new Term(IndexFields.KEY, key));
  }

  /** {@code query} restricted to items (of {@code repositoryOrNull}, if given). */
  public static Query items(Query query, Repository repositoryOrNull) {
    return builder(IndexFields.TYPE_ITEM, repositoryOrNull)
        .add(query, BooleanClause.Occur.MUST)
        .build();
  }

  /** Every document of {@code type} of {@code repository}. */
  public static Query all(String type, Repository repository) {
    return builder(type, repository).build();
  }

  /** Comments or reviews on item {@code number} of {@code repository}. */
  public static Query on(String type, Repository repository, int number) {
    return builder(type, repository)
        .add(IntPoint.newExactQuery(IndexFields.NUMBER, number), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Documents of {@code type} created in {@code [from, to)}. */
  public static Query createdBetween(
      String type, Repository repositoryOrNull, Instant from, Instant to) {
    return builder(type, repositoryOrNull)
        .add(
            DateBounds.rangeQuery(
                IndexFields.CREATED_AT, from.toEpochMilli(), to.toEpochMilli() - 1),
            BooleanClause.Occur.FILTER)
        .build();
  }

  private static BooleanQuery.Builder builder(String type, Repository repositoryOrNull) {
    BooleanQuery.Builder builder =
        new BooleanQuery.Builder().add(ofType(type), BooleanClause.Occur.FILTER);
    if (repositoryOrNull != null) {
      builder.add(
          new TermQuery(new Term(IndexFields.REPO, repositoryOrNull.key())),
          BooleanClause.Occur.FILTER);
    }
    return builder;
  }
}
