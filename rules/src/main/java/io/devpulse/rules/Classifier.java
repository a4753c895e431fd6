package io.devpulse.rules;

import io.devpulse.model.Actor;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Evidence;
import io.devpulse.model.Finding;
import io.devpulse.model.Item;
import io.devpulse.model.Priority;
import io.devpulse.rules.facts.ActorFact;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.BotVerdict;
import io.devpulse.rules.facts.Engagement;
import io.devpulse.rules.facts.FindingHit;
import io.devpulse.rules.facts.ItemFact;
import io.devpulse.rules.facts.LabelHistory;
import io.devpulse.rules.facts.PrimaryTopic;
import io.devpulse.rules.facts.PriorityHit;
import io.devpulse.rules.facts.TopicHit;
import io.devpulse.rules.internal.EngagementCounter;
import io.devpulse.rules.internal.TermHitsCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Classifies items with a {@link CompiledRules}: per item, inserts the {@link ItemFact}, its {@link
 * Engagement}, its term matches and history facts into one reused Drools session, fires the rules
 * (at most {@code maxFirings} times), collects {@link TopicHit}s, {@link PriorityHit}s, {@link
 * PrimaryTopic}s and {@link FindingHit}s and empties the session again. Also judges accounts bot or
 * human with the pack's bot rules, remembering each verdict.
 *
 * <p>Not thread-safe: one classifier per thread. Close it to free the session.
 */
public final class Classifier implements AutoCloseable {
  private final CompiledRules rules;
  private final int maxFirings;
  private final Map<String, BotVerdict> bots = new HashMap<>();
  private final long itemBudgetNanos;
  private final long commandBudgetNanos;
  private long spentNanos;

  /** The rule whose consequence runs now (null between firings): named when time runs out. */
  private volatile String currentRule;

  private KieSession session;

  Classifier(CompiledRules rules, int maxFirings) {
    this(rules, maxFirings, RuleBudget.fromSystemProperties());
  }

  Classifier(CompiledRules rules, int maxFirings, RuleBudget budget) {
    this.rules = rules;
    this.maxFirings = maxFirings;
    this.itemBudgetNanos = budget.perItem().toNanos();
    this.commandBudgetNanos = budget.perCommand().toNanos();
  }

  /** Classifies {@code item} without comments. */
  public Classification classify(Item item, History history) {
    return classify(item, List.of(), history);
  }

  /**
   * Classifies {@code item}; {@code comments} are its comments (bots' ones are dropped before the
   * rules see them), {@code history} gives the author's and labels' earlier items ({@link
   * History#NONE} if none).
   *
   * @throws RuleRuntimeException when a rule throws or the rules fire {@code maxFirings} times
   */
  public Classification classify(Item item, List<Comment> comments, History history) {
    Objects.requireNonNull(item, "item");
    List<Comment> human =
        comments.isEmpty() ? List.of() : comments.stream().filter(c -> !isBot(c.author())).toList();
    ItemFact fact = ItemFact.of(item, human, isBot(item.author()), rules.matcher()::matchText);
    return classify(fact, rules.matcher().match(fact), history, comments, List.of());
  }

  /**
   * Classifies {@code item} (without comments) reusing {@code storedTermHits}, the term hits a
   * classification of the same item returned before ({@link Classified#termHits()}), when they were
   * made under these term lists; otherwise (null, other term lists, unreadable) the item's text is
   * matched again.
   */
  public Classified classify(Item item, History history, byte[] storedTermHits) {
    return classify(item, List.of(), history, storedTermHits);
  }

  /**
   * As {@link #classify(Item, History, byte[])}, with {@code heldComments}, the comments the index
   * holds on the item: they give its {@link Engagement} (not term hits: the stored hits stay those
   * of the item's own text).
   */
  public Classified classify(
      Item item, List<Comment> heldComments, History history, byte[] storedTermHits) {
    return classify(item, heldComments, List.of(), history, storedTermHits);
  }

  /**
   * As {@link #classify(Item, List, History, byte[])}, with {@code duplicates}, the numbers of the
   * other items of the repository the index holds marks on as duplicates of this one ({@link
   * io.devpulse.model.DuplicateMark}): part of its {@link Engagement}.
   */
  public Classified classify(
      Item item,
      List<Comment> heldComments,
      List<Integer> duplicates,
      History history,
      byte[] storedTermHits) {
    Objects.requireNonNull(item, "item");
    ItemFact fact = ItemFact.of(item, List.of(), isBot(item.author()), rules.matcher()::matchText);
    List<Object> hits = TermHitsCodec.decode(storedTermHits, rules.termsFingerprint(), fact);
    if (hits != null) {
      return new Classified(
          classify(fact, hits, history, heldComments, duplicates), storedTermHits, false);
    }
    hits = rules.matcher().match(fact);
    return new Classified(
        classify(fact, hits, history, heldComments, duplicates),
        TermHitsCodec.encode(rules.termsFingerprint(), hits),
        true);
  }

  /** {@code item}'s engagement with {@code heldComments}, as the rules see it. */
  public Engagement engagement(Item item, List<Comment> heldComments) {
    return engagement(item, heldComments, List.of());
  }

  /**
   * {@code item}'s engagement with {@code heldComments} and the items marked duplicates of it, as
   * the rules see it.
   */
  public Engagement engagement(Item item, List<Comment> heldComments, List<Integer> duplicates) {
    return engagement(ItemFact.of(item, List.of(), isBot(item.author())), heldComments, duplicates);
  }

  private Engagement engagement(
      ItemFact fact, List<Comment> heldComments, List<Integer> duplicates) {
    return EngagementCounter.of(
        fact,
        heldComments,
        this::isBot,
        text -> rules.matcher().firstTerm(Engagement.SAME_PROBLEM_LIST, text),
        duplicates);
  }

  private Classification classify(
      ItemFact fact,
      List<Object> termFacts,
      History history,
      List<Comment> heldComments,
      List<Integer> duplicates) {
    Objects.requireNonNull(history, "history");
    Item item = fact.item();
    List<Object> facts = new ArrayList<>(termFacts.size() + 5);
    facts.add(fact);
    facts.add(engagement(fact, heldComments, duplicates));
    facts.addAll(termFacts);
    Optional<AuthorHistory> author = history.author(item);
    author.ifPresent(facts::add);
    for (LabelHistory lh : history.labels(item)) {
      facts.add(lh);
    }
    List<Object> out = run(item.key(), facts);
    return toClassification(out);
  }

  /** Classifies each item in order with the same session; see {@link #classify(Item, History)}. */
  public List<Classification> classifyAll(List<Item> items, History history) {
    List<Classification> out = new ArrayList<>(items.size());
    for (Item item : items) {
      out.add(classify(item, history));
    }
    return out;
  }

  /** Whether the pack's bot rules call {@code actor} a bot. */
  public boolean isBot(Actor actor) {
    return botVerdict(actor).bot();
  }

  /** The bot rules' verdict on {@code actor} (computed once per login and type). */
  public BotVerdict botVerdict(Actor actor) {
    String key = actor.type() + " " + actor.login();
    BotVerdict v = bots.get(key);
    if (v == null) {
      ActorFact fact =
          new ActorFact(actor.login(), actor.type(), rules.matcher().matchLogin(actor.login()));
      v =
          run("account " + actor.login(), List.of(fact)).stream()
              .filter(BotVerdict.class::isInstance)
              .map(BotVerdict.class::cast)
              .filter(b -> b.login().equals(actor.login()))
              .max(
                  Comparator.comparing(BotVerdict::bot)
                      .thenComparing(BotVerdict::rule, Comparator.reverseOrder()))
              .orElse(BotVerdict.human(actor.login()));
      bots.put(key, v);
    }
    return v;
  }

  @Override
  public void close() {
    if (session != null) {
      session.dispose();
      session = null;
    }
  }

  private KieSession session() {
    if (session == null) {
      session = rules.kieBase().newKieSession();
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
              currentRule = event.getMatch().getRule().getName();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
              currentRule = null;
            }
          });
    }
    return session;
  }

  /** Why a run was stopped: the rule that was running (if one was), the item and the budget. */
  String budgetMessage(String subject) {
    String rule = currentRule;
    return (rule == null ? "rules" : "rule \"" + rule + "\"")
        + " ran past the time budget on "
        + subject
        + " ("
        + RuleBudget.describe(Duration.ofNanos(itemBudgetNanos))
        + " per item, "
        + RuleBudget.describe(Duration.ofNanos(commandBudgetNanos))
        + " per command); stopped";
  }

  /** Inserts {@code facts}, fires, returns the output facts and leaves the session empty. */
  private List<Object> run(String subject, List<Object> facts) {
    KieSession s = session();
    long start = System.nanoTime();
    long left = commandBudgetNanos - spentNanos;
    currentRule = null;
    if (left <= 0) {
      close();
      throw new RuleRuntimeException(budgetMessage(subject), List.of(), subject, null);
    }
    RuleWatchdog.Watch watch =
        RuleWatchdog.start(this, s, start + Math.min(itemBudgetNanos, left), subject);
    try {
      return fire(s, subject, facts, watch);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // Not the JVM's end: the session holds what was allocated, and dropping it frees it again.
      String rule = currentRule;
      close();
      throw new RuleRuntimeException(
          (rule == null ? "rules" : "rule \"" + rule + "\"")
              + " failed on "
              + subject
              + ": "
              + e.getClass().getSimpleName()
              + " (endless recursion or allocation?)",
          rule == null ? List.of() : List.of(rule),
          subject,
          null);
    } finally {
      RuleWatchdog.stop(watch);
      spentNanos += System.nanoTime() - start;
    }
  }

  private List<Object> fire(
      KieSession s, String subject, List<Object> facts, RuleWatchdog.Watch watch) {
    try {
      for (Object f : facts) {
        s.insert(f);
      }
      int fired = s.fireAllRules(maxFirings);
      if (watch.expired()) {
        throw stopped(subject);
      }
      if (fired >= maxFirings) {
        close();
        throw endless(subject, facts);
      }
      List<Object> out = new ArrayList<>();
      for (Object o : s.getObjects()) {
        if (o instanceof TopicHit
            || o instanceof PriorityHit
            || o instanceof BotVerdict
            || o instanceof PrimaryTopic
            || o instanceof FindingHit) {
          out.add(o);
        }
      }
      for (FactHandle h : new ArrayList<FactHandle>(s.getFactHandles())) {
        s.delete(h);
      }
      return out;
    } catch (ConsequenceException e) {
      if (watch.expired()) {
        throw stopped(subject);
      }
      close();
      String rule = e.getRule() == null ? "?" : e.getRule().getName();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new RuleRuntimeException(
          "rule \""
              + rule
              + "\" failed on "
              + subject
              + ": "
              + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
          List.of(rule),
          subject,
          e);
    } catch (RuleRuntimeException e) {
      throw e;
    } catch (RuntimeException e) {
      if (watch.expired()) {
        throw stopped(subject);
      }
      close();
      throw new RuleRuntimeException(
          "rules failed on " + subject + ": " + e.getMessage(), List.of(), subject, e);
    }
  }

  private RuleRuntimeException stopped(String subject) {
    String rule = currentRule;
    String message = budgetMessage(subject);
    close();
    return new RuleRuntimeException(
        message, rule == null ? List.of() : List.of(rule), subject, null);
  }

  /**
   * Replays the item in a fresh session, counting firings per rule, and names the busiest rules.
   */
  private RuleRuntimeException endless(String subject, List<Object> facts) {
    Map<String, Integer> counts = new HashMap<>();
    KieSession s = rules.kieBase().newKieSession();
    try {
      s.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
              counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
          });
      facts.forEach(s::insert);
      s.fireAllRules(maxFirings);
    } catch (RuntimeException ignored) {
      // the counts so far are what matters
    } finally {
      s.dispose();
    }
    int top = counts.values().stream().max(Integer::compare).orElse(0);
    List<String> culprits =
        counts.entrySet().stream()
            .filter(e -> e.getValue() * 10 >= top)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    StringBuilder names = new StringBuilder();
    for (String c : culprits) {
      names
          .append(names.isEmpty() ? "" : ", ")
          .append('"')
          .append(c)
          .append("\" (")
          .append(counts.get(c))
          .append(" firings)");
    }
    return new RuleRuntimeException(
        "rules fired "
            + maxFirings
            + " times on "
            + subject
            + " without finishing (endless loop?): "
            + names,
        culprits,
        subject,
        null);
  }

  private Classification toClassification(List<Object> out) {
    // Plain loops and two named comparators: this runs once per item, and the lambda chains it
    // replaced
    // were among the costliest methods for the JIT of a cold 100k reclassification.
    List<TopicHit> topicHits = new ArrayList<>(out.size());
    List<PriorityHit> priorityHits = new ArrayList<>(2);
    List<PrimaryTopic> primaryHits = List.of();
    Map<String, FindingHit> findingHits = Map.of();
    Priority priority = null;
    for (Object o : out) {
      if (o instanceof TopicHit t) {
        topicHits.add(t);
      } else if (o instanceof PrimaryTopic p) {
        if (primaryHits.isEmpty()) {
          primaryHits = new ArrayList<>(2);
        }
        primaryHits.add(p);
      } else if (o instanceof FindingHit f) {
        if (findingHits.isEmpty()) {
          findingHits = new java.util.TreeMap<>();
        }
        findingHits.merge(f.kind(), f, (a, b) -> FINDING_ORDER.compare(a, b) <= 0 ? a : b);
      } else if (o instanceof PriorityHit p) {
        priorityHits.add(p);
        if (priority == null || p.level().isAbove(priority)) {
          priority = p.level();
        }
      }
    }
    topicHits.sort(TOPIC_HIT_ORDER);
    priorityHits.sort(priorityHitOrder);
    List<String> topics = new ArrayList<>();
    List<String> inferred = new ArrayList<>();
    Set<Evidence> evidence = new LinkedHashSet<>();
    // Hits come sorted by topic: each run of one topic is own unless every hit of it is a history
    // rule's.
    for (int i = 0; i < topicHits.size(); ) {
      String topic = topicHits.get(i).topic();
      boolean own = false;
      for (; i < topicHits.size() && topicHits.get(i).topic().equals(topic); i++) {
        TopicHit t = topicHits.get(i);
        own |= !rules.historyRules().contains(t.rule());
        evidence.add(new Evidence(Evidence.Kind.TOPIC, topic, t.rule(), t.evidence()));
      }
      topics.add(topic);
      if (!own) {
        inferred.add(topic);
      }
    }
    for (PriorityHit p : priorityHits) {
      evidence.add(new Evidence(Evidence.Kind.PRIORITY, p.level().key(), p.rule(), p.reason()));
    }
    // The primary topic: the candidate of lowest rank among the item's topics, ties by topic and
    // rule; its evidence is every candidate of that topic and rank.
    PrimaryTopic best = null;
    for (PrimaryTopic p : primaryHits) {
      if (topics.contains(p.topic()) && (best == null || PRIMARY_ORDER.compare(p, best) < 0)) {
        best = p;
      }
    }
    String primary = "";
    if (best != null) {
      primary = best.topic();
      List<PrimaryTopic> same = new ArrayList<>();
      for (PrimaryTopic p : primaryHits) {
        if (p.topic().equals(best.topic()) && p.rank() == best.rank()) {
          same.add(p);
        }
      }
      same.sort(PRIMARY_ORDER);
      for (PrimaryTopic p : same) {
        evidence.add(Evidence.primary(p.topic(), p.rule(), p.evidence()));
      }
    }
    List<Finding> findings = new ArrayList<>(findingHits.size());
    for (FindingHit f : findingHits.values()) {
      findings.add(Finding.of(f.kind(), f.rule(), f.values(), f.evidence()));
    }
    return new Classification(
        List.copyOf(topics),
        priority == null ? Priority.NORMAL : priority,
        List.copyOf(evidence),
        rules.fingerprint(),
        List.copyOf(inferred),
        primary,
        List.copyOf(findings));
  }

  private static final Comparator<PrimaryTopic> PRIMARY_ORDER =
      Comparator.comparingInt(PrimaryTopic::rank)
          .thenComparing(PrimaryTopic::topic)
          .thenComparing(PrimaryTopic::rule)
          .thenComparing(PrimaryTopic::evidence);

  /** Earliest in the item first, then by rule, evidence and values: one finding per kind. */
  private static final Comparator<FindingHit> FINDING_ORDER =
      Comparator.comparingInt(FindingHit::position)
          .thenComparingInt(FindingHit::offset)
          .thenComparing(FindingHit::rule)
          .thenComparing(FindingHit::evidence)
          .thenComparing(f -> f.values().toString());

  private static final Comparator<TopicHit> TOPIC_HIT_ORDER =
      new Comparator<>() {
        @Override
        public int compare(TopicHit a, TopicHit b) {
          int c = a.topic().compareTo(b.topic());
          if (c == 0) {
            c = a.rule().compareTo(b.rule());
          }
          return c != 0 ? c : a.evidence().compareTo(b.evidence());
        }
      };

  /**
   * Highest level first; within a level the reasons of rules that read other priority hits ({@link
   * CompiledRules#priorityReaders()}) after the others, so the first reason is why the item has its
   * level; then by rule and reason.
   */
  private final Comparator<PriorityHit> priorityHitOrder =
      new Comparator<>() {
        @Override
        public int compare(PriorityHit a, PriorityHit b) {
          int c = a.level().compareTo(b.level());
          if (c == 0) {
            c =
                Boolean.compare(
                    rules.priorityReaders().contains(a.rule()),
                    rules.priorityReaders().contains(b.rule()));
          }
          if (c == 0) {
            c = a.rule().compareTo(b.rule());
          }
          return c != 0 ? c : a.reason().compareTo(b.reason());
        }
      };
}
