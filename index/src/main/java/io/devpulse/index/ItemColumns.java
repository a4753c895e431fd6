package io.devpulse.index;

import io.devpulse.model.Classification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ItemSummary} holds, for every item of an index at once, as primitive columns: row
 * {@code i} is one item (in index order), and its repository, author, fingerprint and its sets of
 * labels, topics and inferred topics are small ints into tables of the distinct values. A
 * classification pass holds this for the whole index (a million items), so it costs ~40 bytes an
 * item instead of the few hundred of a list of summaries; {@link #summary(int)} gives one row as a
 * summary when a caller needs one (to load the item).
 */
public final class ItemColumns {
  private final int size;
  private final int[] doc;
  private final long[] created;
  private final int[] number;
  private final int[] repository;
  private final int[] author;
  private final int[] labels;
  private final int[] topics;
  private final int[] inferred;
  private final int[] fingerprint;
  private final List<String> names;
  private final List<List<String>> sets;

  private ItemColumns(Builder b) {
    this.size = b.size;
    this.doc = Arrays.copyOf(b.doc, b.size);
    this.created = Arrays.copyOf(b.created, b.size);
    this.number = Arrays.copyOf(b.number, b.size);
    this.repository = Arrays.copyOf(b.repository, b.size);
    this.author = Arrays.copyOf(b.author, b.size);
    this.labels = Arrays.copyOf(b.labels, b.size);
    this.topics = Arrays.copyOf(b.topics, b.size);
    this.inferred = Arrays.copyOf(b.inferred, b.size);
    this.fingerprint = Arrays.copyOf(b.fingerprint, b.size);
    this.names = List.copyOf(b.names);
    this.sets = List.copyOf(b.sets);
  }

  /** Columns of these summaries, in their order (for callers that hold summaries, and tests). */
  public static ItemColumns of(List<ItemSummary> summaries) {
    Builder b = new Builder();
    for (ItemSummary s : summaries) {
      b.add(
          s.doc(),
          s.created(),
          s.number(),
          b.name(s.repository()),
          b.name(s.author()),
          b.set(s.labels()),
          b.set(s.topics()),
          b.set(s.inferred()),
          s.fingerprint() == null ? -1 : b.name(s.fingerprint()));
    }
    return b.build();
  }

  /** How many items. */
  public int size() {
    return size;
  }

  public int doc(int i) {
    return doc[i];
  }

  /** Creation time, epoch milliseconds. */
  public long created(int i) {
    return created[i];
  }

  public int number(int i) {
    return number[i];
  }

  /** The repository's key (lower case); equal ids within these columns mean equal keys. */
  public String repository(int i) {
    return names.get(repository[i]);
  }

  public int repositoryId(int i) {
    return repository[i];
  }

  /** The author's login as written; equal ids within these columns mean equal logins. */
  public String author(int i) {
    return names.get(author[i]);
  }

  public int authorId(int i) {
    return author[i];
  }

  /** The labels as written, sorted, without duplicates: {@code set(labelSet(i))}. */
  public List<String> labels(int i) {
    return sets.get(labels[i]);
  }

  /** The id of the item's set of labels (equal ids: equal sets), for {@link #set(int)}. */
  public int labelSet(int i) {
    return labels[i];
  }

  public List<String> topics(int i) {
    return sets.get(topics[i]);
  }

  public List<String> inferred(int i) {
    return sets.get(inferred[i]);
  }

  /** The id of the item's set of topics, for {@link #set(int)}. */
  public int topicSet(int i) {
    return topics[i];
  }

  /** The id of the item's set of inferred topics, for {@link #set(int)}. */
  public int inferredSet(int i) {
    return inferred[i];
  }

  /** The topics the item's own content gave ({@link ItemSummary#ownTopics()}). */
  public List<String> ownTopics(int i) {
    return Classification.ownTopics(topics(i), inferred(i));
  }

  /** A set of strings (labels, topics) by the id {@link #labelSet}, {@link #topicSet} give. */
  public List<String> set(int id) {
    return sets.get(id);
  }

  /** The fingerprint of the rules that classified the item, or null. */
  public String fingerprint(int i) {
    return fingerprint[i] < 0 ? null : names.get(fingerprint[i]);
  }

  /** The item's key ({@code owner/name#number}). */
  public String key(int i) {
    return repository(i) + "#" + number[i];
  }

  /** Row {@code i} as a summary. */
  public ItemSummary summary(int i) {
    return new ItemSummary(
        doc[i],
        key(i),
        repository(i),
        number[i],
        created[i],
        author(i),
        labels(i),
        topics(i),
        fingerprint(i),
        inferred(i));
  }

  /** Collects the columns row by row, interning strings and string sets. */
  static final class Builder {
    private int size;
    private int[] doc = new int[1024];
    private long[] created = new long[1024];
    private int[] number = new int[1024];
    private int[] repository = new int[1024];
    private int[] author = new int[1024];
    private int[] labels = new int[1024];
    private int[] topics = new int[1024];
    private int[] inferred = new int[1024];
    private int[] fingerprint = new int[1024];
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIds = new HashMap<>();
    private final List<List<String>> sets = new ArrayList<>();
    private final Map<List<String>, Integer> setIds = new HashMap<>();

    int name(String s) {
      Integer id = nameIds.get(s);
      if (id == null) {
        id = names.size();
        names.add(s);
        nameIds.put(s, id);
      }
      return id;
    }

    int set(List<String> values) {
      Integer id = setIds.get(values);
      if (id == null) {
        List<String> copy = List.copyOf(values);
        id = sets.size();
        sets.add(copy);
        setIds.put(copy, id);
      }
      return id;
    }

    void add(
        int d,
        long time,
        int n,
        int repo,
        int login,
        int labelSet,
        int topicSet,
        int inferredSet,
        int rules) {
      if (size == doc.length) {
        int grown = size + (size >> 1);
        doc = Arrays.copyOf(doc, grown);
        created = Arrays.copyOf(created, grown);
        number = Arrays.copyOf(number, grown);
        repository = Arrays.copyOf(repository, grown);
        author = Arrays.copyOf(author, grown);
        labels = Arrays.copyOf(labels, grown);
        topics = Arrays.copyOf(topics, grown);
        inferred = Arrays.copyOf(inferred, grown);
        fingerprint = Arrays.copyOf(fingerprint, grown);
      }
      doc[size] = d;
      created[size] = time;
      number[size] = n;
      repository[size] = repo;
      author[size] = login;
      labels[size] = labelSet;
      topics[size] = topicSet;
      inferred[size] = inferredSet;
      fingerprint[size] = rules;
      size++;
    }

    ItemColumns build() {
      return new ItemColumns(this);
    }
  }
}
