package io.devpulse.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An issue or a pull request as GitHub last described it.
 *
 * <p>Guarantees: no null collections or strings (an absent body is {@code ""}), labels and changed
 * files in the order GitHub gave them, and {@code closedAt}/{@code mergedAt} null exactly when the
 * item is not closed/merged. {@code changedFiles} is empty unless a sync fetched the pull request's
 * files.
 *
 * @param commentCount the API's {@code comments} count (issue comments, not review comments)
 * @param authorAssociation GitHub's {@code author_association}: OWNER, MEMBER, CONTRIBUTOR, NONE,
 *     ...
 * @param reactions the API's {@code reactions} counts; null when the object was not read (not
 *     fetched, which is not zero)
 */
public record Item(
    Repository repository,
    int number,
    ItemKind kind,
    String title,
    String body,
    Actor author,
    List<String> labels,
    ItemState state,
    boolean draft,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    Instant mergedAt,
    int commentCount,
    String authorAssociation,
    String htmlUrl,
    List<String> changedFiles,
    Reactions reactions)
    implements Entity {

  public Item {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    if (number <= 0) {
      throw new IllegalArgumentException("number (" + number + ") must be positive");
    }
    if (commentCount < 0) {
      throw new IllegalArgumentException(
          "commentCount (" + commentCount + ") must not be negative");
    }
    if (mergedAt != null && kind != ItemKind.PULL_REQUEST) {
      throw new IllegalArgumentException("issue #" + number + " cannot be merged");
    }
    title = Objects.requireNonNullElse(title, "");
    body = Objects.requireNonNullElse(body, "");
    labels = List.copyOf(labels == null ? List.of() : labels);
    updatedAt = Objects.requireNonNullElse(updatedAt, createdAt);
    authorAssociation = Objects.requireNonNullElse(authorAssociation, "NONE");
    htmlUrl = Objects.requireNonNullElse(htmlUrl, "");
    changedFiles = List.copyOf(changedFiles == null ? List.of() : changedFiles);
  }

  public static Builder builder(Repository repository, int number, ItemKind kind) {
    return new Builder(repository, number, kind);
  }

  /** A builder holding this item's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(repository, number, kind)
        .title(title)
        .body(body)
        .author(author)
        .labels(labels)
        .state(state)
        .draft(draft)
        .createdAt(createdAt)
        .updatedAt(updatedAt)
        .closedAt(closedAt)
        .mergedAt(mergedAt)
        .commentCount(commentCount)
        .authorAssociation(authorAssociation)
        .htmlUrl(htmlUrl)
        .changedFiles(changedFiles)
        .reactions(reactions);
  }

  @Override
  public String key() {
    return keyOf(repository, number);
  }

  /**
   * The key of item {@code number} in {@code repository}: {@code owner/name#number}, lower case.
   */
  public static String keyOf(Repository repository, int number) {
    return repository.key() + "#" + number;
  }

  public boolean isPullRequest() {
    return kind == ItemKind.PULL_REQUEST;
  }

  public boolean isIssue() {
    return kind == ItemKind.ISSUE;
  }

  public boolean isOpen() {
    return state == ItemState.OPEN;
  }

  public boolean isMerged() {
    return mergedAt != null;
  }

  /** A pull request closed without being merged (rejected, abandoned or superseded). */
  public boolean isClosedUnmerged() {
    return isPullRequest() && state == ItemState.CLOSED && mergedAt == null;
  }

  /** Whether a label with this name is present, ignoring case as GitHub does. */
  public boolean hasLabel(String name) {
    return labels.stream().anyMatch(l -> l.equalsIgnoreCase(name));
  }

  /**
   * Builder for {@link Item}: the record has too many components to read well in a constructor
   * call.
   */
  public static final class Builder {
    private final Repository repository;
    private final int number;
    private final ItemKind kind;
    private String title = "";
    private String body = "";
    private Actor author = Actor.GHOST;
    private List<String> labels = List.of();
    private ItemState state = ItemState.OPEN;
    private boolean draft;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant closedAt;
    private Instant mergedAt;
    private int commentCount;
    private String authorAssociation = "NONE";
    private String htmlUrl = "";
    private List<String> changedFiles = List.of();
    private Reactions reactions;

    private Builder(Repository repository, int number, ItemKind kind) {
      this.repository = repository;
      this.number = number;
      this.kind = kind;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder body(String v) {
      body = v;
      return this;
    }

    public Builder author(Actor v) {
      author = v;
      return this;
    }

    public Builder labels(List<String> v) {
      labels = v;
      return this;
    }

    public Builder state(ItemState v) {
      state = v;
      return this;
    }

    public Builder draft(boolean v) {
      draft = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    public Builder updatedAt(Instant v) {
      updatedAt = v;
      return this;
    }

    public Builder closedAt(Instant v) {
      closedAt = v;
      return this;
    }

    public Builder mergedAt(Instant v) {
      mergedAt = v;
      return this;
    }

    public Builder commentCount(int v) {
      commentCount = v;
      return this;
    }

    public Builder authorAssociation(String v) {
      authorAssociation = v;
      return this;
    }

    public Builder htmlUrl(String v) {
      htmlUrl = v;
      return this;
    }

    public Builder changedFiles(List<String> v) {
      changedFiles = v;
      return this;
    }

    /** The reactions counts, or null when not fetched. */
    public Builder reactions(Reactions v) {
      reactions = v;
      return this;
    }

    public Item build() {
      return new Item(
          repository,
          number,
          kind,
          title,
          body,
          author,
          labels,
          state,
          draft,
          createdAt,
          updatedAt,
          closedAt,
          mergedAt,
          commentCount,
          authorAssociation,
          htmlUrl,
          changedFiles,
          reactions);
    }
  }
}
