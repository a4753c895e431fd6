package io.devpulse.index;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Entity;
import io.devpulse.model.Evidence;
import io.devpulse.model.Finding;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small history of two repositories that the index tests share. */
public final class TestData {
  public static final Repository VLLM = new Repository("vllm-project", "vllm");
  public static final Repository WIDGETS = new Repository("Acme", "Widgets");
  public static final Actor ISOTR0PY = Actor.user("Isotr0py");
  public static final Actor DEPENDABOT = new Actor("dependabot[bot]", ActorType.BOT);
  public static final Actor ACTIONS = new Actor("github-actions[bot]", ActorType.BOT);

  /** amd-rocm as its primary topic, with a compatibility risk: both stored and read back. */
  public static final Classification AMD_HIGH =
      new Classification(
          List.of("amd-rocm"),
          Priority.HIGH,
          List.of(
              Evidence.topic("amd-rocm", "amd-rocm: title word", "title: 'MI300X'"),
              Evidence.primary("amd-rocm", "primary: title term", "title: 'MI300X'")),
          "rules-v1",
          List.of(),
          "amd-rocm",
          List.of(
              Finding.of(
                  "compat-risk",
                  "finding: compatibility risk",
                  ordered("surface", "env-var", "name", "VLLM_ROCM_OLD"),
                  "body: 'Removes the `VLLM_ROCM_OLD` environment variable.'")));

  public static final Classification DOCS_LOW =
      new Classification(List.of("docs"), Priority.LOW, List.of(), "rules-v1");

  private TestData() {}

  /** A map in the order given: name, value, name, value, ... */
  static Map<String, String> ordered(String... nameValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      out.put(nameValues[i], nameValues[i + 1]);
    }
    return out;
  }

  public static Instant t(String instant) {
    return Instant.parse(instant);
  }

  /** A merged pull request with labels, classified amd-rocm / high. */
  public static Item prefixLm() {
    return Item.builder(VLLM, 30001, ItemKind.PULL_REQUEST)
        .title("Add PrefixLM support")
        .body("Implements prefix LM attention for fp8 on MI300X.")
        .author(ISOTR0PY)
        .labels(List.of("Feature", "ready"))
        .state(ItemState.CLOSED)
        .createdAt(t("2025-12-01T10:00:00Z"))
        .updatedAt(t("2025-12-10T09:00:00Z"))
        .closedAt(t("2025-12-10T08:00:00Z"))
        .mergedAt(t("2025-12-10T08:00:00Z"))
        .commentCount(3)
        .authorAssociation("CONTRIBUTOR")
        .htmlUrl("https://github.com/vllm-project/vllm/pull/30001")
        .changedFiles(List.of("vllm/attention/prefix_lm.py", "tests/test_prefix_lm.py"))
        .build();
  }

  /** A bot's pull request, closed without merging. */
  public static Item botFix() {
    return Item.builder(VLLM, 30002, ItemKind.PULL_REQUEST)
        .title("[Bugfix] fix fp8 kv cache on ROCm")
        .author(DEPENDABOT)
        .labels(List.of("bug"))
        .state(ItemState.CLOSED)
        .createdAt(t("2025-12-05T23:30:00Z"))
        .closedAt(t("2025-12-06T01:00:00Z"))
        .build();
  }

  /** An open issue with a Chinese title. */
  public static Item chineseIssue() {
    return Item.builder(VLLM, 30003, ItemKind.ISSUE)
        .title("模型加载失败 on startup")
        .body("使用 vLLM 加载模型时出现错误")
        .author(Actor.user("zhangsan"))
        .labels(List.of("bug", "Good First Issue"))
        .createdAt(t("2025-12-10T02:00:00Z"))
        .commentCount(5)
        .build();
  }

  /** An open draft created a second before the year ends. */
  public static Item draft() {
    return Item.builder(VLLM, 30400, ItemKind.PULL_REQUEST)
        .title("WIP: speculative decoding")
        .author(ISOTR0PY)
        .draft(true)
        .createdAt(t("2025-12-31T23:59:59Z"))
        .commentCount(2)
        .build();
  }

  /** An issue of the other repository, created in ISO week 2025-W01. */
  public static Item widgetIssue() {
    return Item.builder(WIDGETS, 12, ItemKind.ISSUE)
        .title("Widget crashes")
        .author(Actor.user("Alice"))
        .state(ItemState.CLOSED)
        .createdAt(t("2024-12-30T12:00:00Z"))
        .closedAt(t("2025-01-02T00:00:00Z"))
        .build();
  }

  public static List<Item> items() {
    return List.of(prefixLm(), botFix(), chineseIssue(), draft(), widgetIssue());
  }

  public static Comment comment(
      Repository repo, long id, int number, Actor author, String created) {
    return new Comment(repo, id, number, author, t(created), null, "comment " + id);
  }

  public static List<Comment> comments() {
    return List.of(
        comment(VLLM, 1, 30001, Actor.user("bob"), "2025-12-02T00:00:00Z"),
        comment(VLLM, 2, 30001, ACTIONS, "2025-12-03T00:00:00Z"),
        comment(VLLM, 3, 30003, Actor.user("lisi"), "2025-12-11T00:00:00Z"),
        comment(WIDGETS, 4, 12, Actor.user("Alice"), "2025-12-02T12:00:00Z"));
  }

  public static List<Review> reviews() {
    return List.of(
        new Review(VLLM, 11, 30001, Actor.user("other"), ReviewState.PENDING, null, ""),
        new Review(
            VLLM,
            10,
            30001,
            Actor.user("reviewer"),
            ReviewState.APPROVED,
            t("2025-12-09T00:00:00Z"),
            "LGTM"));
  }

  /** Stand-in for the GitHub JSON an entity was read from. */
  public static String json(Entity entity) {
    return "{\"key\":\"" + entity.key() + "\",\"updated_at\":\"" + entity.updatedAt() + "\"}";
  }
}
