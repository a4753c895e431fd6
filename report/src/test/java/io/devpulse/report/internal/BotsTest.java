package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import java.util.List;
import org.junit.jupiter.api.Test;

class BotsTest {
  private final Bots bots = new Bots(List.of("Mergify", "chatgpt-codex-connector"));

  @Test
  void gitHubsVerdictOrTheList() {
    assertThat(bots.isBot(new Actor("renovate", ActorType.BOT))).isTrue();
    assertThat(bots.isBot(Actor.user("dependabot[bot]"))).isTrue();
    assertThat(bots.isBot(Actor.user("mergify"))).isTrue();
    assertThat(bots.isBot(Actor.user("mergify[bot]"))).isTrue();
    assertThat(bots.isBot(Actor.user("markmc"))).isFalse();
  }

  @Test
  void namesDropTheBotSuffix() {
    assertThat(Bots.name("chatgpt-codex-connector[bot]")).isEqualTo("chatgpt-codex-connector");
    assertThat(Bots.name("markmc")).isEqualTo("markmc");
  }
}
