package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorJsonTest {

  private static Actor read(String json) throws IOException {
    return ActorJson.read(JsonFields.of(new ObjectMapper().readTree(json)), "user");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"user\": {\"login\": \"alice\", \"type\": \"User\"}}                 | alice           | USER",
        "{\"user\": {\"login\": \"mergify[bot]\", \"type\": \"Bot\"}}          | mergify[bot]    | BOT",
        "{\"user\": {\"login\": \"vllm-project\", \"type\": \"Organization\"}} | vllm-project    | ORGANIZATION",
        "{\"user\": {\"login\": \"x\", \"type\": \"Mannequin\"}}                | x               | UNKNOWN",
        "{\"user\": {\"login\": \"x\"}}                                         | x               | UNKNOWN"
      })
  void readsLoginAndType(String json, String login, ActorType type) throws IOException {
    assertThat(read(json)).isEqualTo(new Actor(login, type));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"user\": null}", "{}"})
  void missingUserIsTheGhost(String json) throws IOException {
    assertThat(read(json)).isEqualTo(Actor.GHOST);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"user\": {\"id\": 1}}         | field 'user.login': missing",
        "{\"user\": {\"login\": \" \"}}  | field 'user.login': expected a login, got \" \"",
        "{\"user\": 7}                   | field 'user': expected an object, got 7"
      })
  void badUsersAreProblems(String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(RecordProblem.class).hasMessage(message);
  }
}
