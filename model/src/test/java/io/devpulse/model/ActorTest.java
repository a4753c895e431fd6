package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTest {
  @Test
  void botByTypeOrByLoginSuffix() {
    assertThat(new Actor("mergify", ActorType.BOT).isBot()).isTrue();
    assertThat(new Actor("chatgpt-codex-connector[bot]", ActorType.UNKNOWN).isBot()).isTrue();
    assertThat(Actor.user("markmc").isBot()).isFalse();
  }

  @Test
  void mapsTheApiTypeNames() {
    assertThat(ActorType.fromGitHub("Bot")).isEqualTo(ActorType.BOT);
    assertThat(ActorType.fromGitHub("Organization")).isEqualTo(ActorType.ORGANIZATION);
    assertThat(ActorType.fromGitHub("Mannequin")).isEqualTo(ActorType.UNKNOWN);
    assertThat(ActorType.fromGitHub(null)).isEqualTo(ActorType.UNKNOWN);
  }
}
