package io.devpulse.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.BotPolicy;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules' verdicts on accounts as one policy. */
class BotVerdictsTest {
  @TempDir Path dir;

  private static AccountVerdict verdict(Actor account, boolean bot) {
    return new AccountVerdict(account, bot, "bots: test", "fp");
  }

  @Test
  void eachActorGetsTheVerdictOnItsAccountElseGithubsFlag() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(verdict(Actor.user("CI-Runner"), true));
      update.put(verdict(new Actor("mergify[bot]", ActorType.BOT), false));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      BotPolicy bots = index.botPolicy();

      assertThat(bots.isBot(Actor.user("ci-runner"))).isTrue();
      assertThat(bots.isBot(new Actor("Mergify[bot]", ActorType.BOT))).isFalse();
      // judged under the other spelling
      assertThat(bots.isBot(Actor.user("mergify"))).isFalse();
      assertThat(bots.isBot(new Actor("ci-runner[bot]", ActorType.BOT))).isTrue();
      // not judged: GitHub's flag
      assertThat(bots.isBot(Actor.user("alice"))).isFalse();
      assertThat(bots.isBot(new Actor("dependabot[bot]", ActorType.BOT))).isTrue();
    }
  }

  @Test
  void aVerdictJudgedAgainInALaterCommitReplacesTheFirst() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(verdict(Actor.user("ci-runner"), true));
      update.put(verdict(new Actor("renovate[bot]", ActorType.BOT), false));
      update.put(verdict(Actor.user("helper"), false));
      update.commit(Map.of());
    }
    // A second segment: the first segment's documents of these accounts are deleted.
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(verdict(Actor.user("CI-Runner"), false));
      update.put(verdict(new Actor("renovate[bot]", ActorType.BOT), true));
      update.put(verdict(new Actor("Helper[bot]", ActorType.BOT), true));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      BotPolicy bots = index.botPolicy();

      assertThat(bots.isBot(Actor.user("ci-runner"))).isFalse();
      assertThat(bots.isBot(new Actor("ci-runner[bot]", ActorType.BOT))).isFalse();
      assertThat(bots.isBot(new Actor("Renovate[bot]", ActorType.BOT))).isTrue();
      // "helper" was judged human and "helper[bot]" a bot: they key alike, and the bot verdict wins
      assertThat(bots.isBot(Actor.user("helper"))).isTrue();
    }
  }

  @Test
  void anAccountWhoseLoginOnlyLooksLikeTheOtherSpellingDoesNotCount() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      // "Tool[BOT]" keys as "tool[bot]" (the suffix is removed only as GitHub writes it), not
      // "tool"
      update.put(verdict(Actor.user("Tool[BOT]"), false));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      BotPolicy bots = index.botPolicy();

      assertThat(bots.isBot(new Actor("tool[bot]", ActorType.BOT))).isTrue();
      assertThat(bots.isBot(new Actor("tool[bot][bot]", ActorType.BOT))).isFalse();
    }
  }
}
