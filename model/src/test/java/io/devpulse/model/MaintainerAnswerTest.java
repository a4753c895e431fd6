package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintainerAnswerTest {
  static final Repository REPO = Repository.parse("vllm-project/vllm");
  static final Instant T = Instant.parse("2025-12-10T11:00:00Z");

  static Item issue(String author) {
    return Item.builder(REPO, 5, ItemKind.ISSUE)
        .author(Actor.user(author))
        .createdAt(T)
        .commentCount(4)
        .build();
  }

  static Comment comment(long id, int number, Actor author, String association, int minutes) {
    return new Comment(
        REPO, id, number, author, T.plusSeconds(60L * minutes), null, "", association);
  }

  @Test
  void theFirstCommentOfAMemberOwnerOrCollaboratorOtherThanTheAuthorAndNotABot() {
    List<Comment> comments =
        List.of(
            comment(1, 5, Actor.user("Reporter"), "MEMBER", 1),
            comment(2, 5, new Actor("mergify[bot]", ActorType.BOT), "MEMBER", 2),
            comment(3, 5, Actor.user("visitor"), "CONTRIBUTOR", 3),
            comment(4, 6, Actor.user("elsewhere"), "OWNER", 4),
            comment(6, 5, Actor.user("late"), "OWNER", 9),
            comment(5, 5, Actor.user("dev"), "collaborator", 7));

    assertThat(MaintainerAnswer.first(issue("reporter"), comments, Actor::isBot))
        .contains(new MaintainerAnswer("dev", T.plusSeconds(420)));
    assertThat(MaintainerAnswer.first(issue("reporter"), comments.subList(0, 4), Actor::isBot))
        .isEmpty();
  }

  @Test
  void theBotPolicyDecidesWhoIsABot() {
    List<Comment> comments = List.of(comment(1, 5, Actor.user("helper-ci"), "MEMBER", 1));
    BotPolicy policy = new BotPolicy(java.util.Map.of("helper-ci", true));
    assertThat(MaintainerAnswer.first(issue("reporter"), comments, policy::isBot)).isEmpty();
    assertThat(MaintainerAnswer.first(issue("reporter"), comments, Actor::isBot)).isPresent();
  }

  @Test
  void associations() {
    assertThat(MaintainerAnswer.isMaintainer("OWNER")).isTrue();
    assertThat(MaintainerAnswer.isMaintainer("MEMBER")).isTrue();
    assertThat(MaintainerAnswer.isMaintainer("COLLABORATOR")).isTrue();
    assertThat(MaintainerAnswer.isMaintainer("CONTRIBUTOR")).isFalse();
    assertThat(MaintainerAnswer.isMaintainer("NONE")).isFalse();
    assertThat(MaintainerAnswer.isMaintainer(null)).isFalse();
  }
}
