package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Reactions;
import io.devpulse.model.Repository;
import io.devpulse.rules.facts.Engagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@link Engagement} fact as the classifier builds it from held comments with the built-in
 * pack: who counts as a commenter (not bots, not the author), who reports the same problem, who
 * answered as a maintainer, and what is unknown when comments were not fetched.
 */
class EngagementFactTest {
  static Classifier classifier;

  @BeforeAll
  static void compile() {
    classifier = RuleCompiler.compile(RulePacks.builtIn()).newClassifier();
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  static final Instant T0 = Instant.parse("2025-12-10T11:00:00Z");

  static Item bug(int comments) {
    return Fixtures.item(7, ItemKind.ISSUE, "[Bug]: tokens dropped", "", "reporter", "bug")
        .toBuilder()
        .commentCount(comments)
        .build();
  }

  static Comment comment(long id, String login, String association, String body) {
    return new Comment(
        Fixtures.VLLM,
        id,
        7,
        login.endsWith("[bot]") ? new Actor(login, ActorType.BOT) : Actor.user(login),
        T0.plusSeconds(60 * id),
        null,
        body,
        association);
  }

  @Test
  void countsDistinctHumansLeavingOutBotsAndTheAuthor() {
    List<Comment> comments =
        List.of(
            comment(1, "reporter", "NONE", "Any update? same issue still"),
            comment(2, "alice", "NONE", "Same here on H100"),
            comment(3, "alice", "NONE", "+1"),
            comment(4, "github-actions[bot]", "NONE", "+1 same issue"),
            comment(5, "mergify[bot]", "MEMBER", "same problem"),
            comment(6, "Bob", "CONTRIBUTOR", "👍"),
            comment(7, "carol", "NONE", "Could you share the command you ran?"));
    Engagement e = classifier.engagement(bug(7), comments);

    assertThat(e.commentsHeld()).isEqualTo(7);
    assertThat(e.commentsFetched()).isTrue();
    assertThat(e.humanCommenters()).as("alice, bob, carol").isEqualTo(3);
    assertThat(e.sameProblemReports()).as("alice once, bob's thumb").isEqualTo(2);
    assertThat(e.sameProblemTerm()).isEqualToIgnoringCase("same here");
    assertThat(e.maintainerAnswered()).as("a bot MEMBER is no maintainer").isFalse();
    assertThat(e.knownUnanswered()).isTrue();
  }

  @Test
  void aMaintainerAnswerIsTheFirstCommentOfAMemberOwnerOrCollaboratorButNotTheAuthor() {
    Item mine = bug(3).toBuilder().author(Actor.user("maint")).authorAssociation("MEMBER").build();
    List<Comment> comments =
        List.of(
            comment(1, "maint", "MEMBER", "more details: ..."),
            comment(2, "dev", "COLLABORATOR", "Fixed by #1"),
            comment(3, "owner", "OWNER", "thanks"));
    Engagement e = classifier.engagement(mine, comments);

    assertThat(e.maintainer()).isEqualTo("dev");
    assertThat(e.maintainerAnsweredAt()).isEqualTo(T0.plusSeconds(120));
    assertThat(e.humanCommenters()).as("the author's own comment is not counted").isEqualTo(2);
  }

  @Test
  void commentsNotFetchedAreUnknownNotZero() {
    Engagement none = classifier.engagement(bug(4), List.of());
    assertThat(none.commentsFetched()).isFalse();
    assertThat(none.knownUnanswered()).as("no comment held is not no answer").isFalse();
    assertThat(none.comments()).isEqualTo(4);

    Engagement partial =
        classifier.engagement(bug(4), List.of(comment(1, "alice", "NONE", "same here")));
    assertThat(partial.commentsFetched()).isFalse();
    assertThat(partial.sameProblemReports()).as("a lower bound").isEqualTo(1);

    Engagement quiet = classifier.engagement(bug(0), List.of());
    assertThat(quiet.commentsFetched()).as("GitHub says there are none").isTrue();
    assertThat(quiet.knownUnanswered()).isTrue();
  }

  @Test
  void reactionsAreUnknownUntilFetchedAndCommentsOnOtherItemsDoNotCount() {
    assertThat(classifier.engagement(bug(0), List.of()).reactionsFetched()).isFalse();
    Engagement e =
        classifier.engagement(
            bug(1).toBuilder().reactions(new Reactions(12, 9)).build(),
            List.of(
                comment(1, "alice", "NONE", "same here"),
                new Comment(
                    new Repository("other", "repo"), 2, 7, Actor.user("bob"), T0, null, "+1"),
                new Comment(Fixtures.VLLM, 3, 8, Actor.user("carol"), T0, null, "+1")));
    assertThat(e.reactions()).isEqualTo(12);
    assertThat(e.plusOneReactions()).isEqualTo(9);
    assertThat(e.humanCommenters()).isEqualTo(1);
    assertThat(e.commentsHeld()).isEqualTo(1);
  }

  @Test
  void duplicatesAreOtherItemsOnceEachInOrderAndNamedForEvidence() {
    Engagement e = classifier.engagement(bug(0), List.of(), List.of(30, 7, 12, 30));
    assertThat(e.duplicates()).as("the item itself never counts").containsExactly(12, 30);
    assertThat(e.duplicateCount()).isEqualTo(2);
    assertThat(e.duplicateRefs()).isEqualTo("'#12', '#30'");
    assertThat(classifier.engagement(bug(0), List.of()).duplicateCount()).isZero();
  }

  @Test
  void hoursToAnswerCountsFromTheItemsCreation() {
    Engagement answered =
        classifier.engagement(bug(2), List.of(comment(180, "m", "MEMBER", "on it")));
    assertThat(answered.hoursToAnswer()).as("3 hours after 11:00").isEqualTo(3);
    assertThat(classifier.engagement(bug(0), List.of()).hoursToAnswer()).isEqualTo(-1);
  }

  @Test
  void theOrderCommentsArriveInDoesNotMatter() {
    List<Comment> comments = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      comments.add(comment(i, "u" + (i % 4), i == 5 ? "MEMBER" : "NONE", i % 2 == 0 ? "+1" : "ok"));
    }
    List<Comment> reversed = new ArrayList<>(comments).reversed();
    assertThat(classifier.engagement(bug(6), reversed).toString())
        .isEqualTo(classifier.engagement(bug(6), comments).toString());
  }
}
