package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Repository;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemJsonTest {
  private static final Repository FALLBACK = Repository.parse("fall/back");

  private static JsonFields fields(String json) throws IOException {
    return JsonFields.of(new ObjectMapper().readTree(json));
  }

  @Test
  void readsAMergedPullRequestFromTheIssuesEndpoint() throws IOException {
    // when
    Item item = ItemJson.fromIssue(fields(Inputs.ISSUE_PR), null);
    // then
    assertThat(item.kind()).isEqualTo(ItemKind.PULL_REQUEST);
    assertThat(item.state()).isEqualTo(ItemState.CLOSED);
    assertThat(item.mergedAt()).isEqualTo(Instant.parse("2025-12-10T13:00:00Z"));
    assertThat(item.labels()).containsExactly("bug", "v1");
    assertThat(item.body()).isEqualTo("Fixes #1");
  }

  @Test
  void readsAPullFromThePullsEndpoint() throws IOException {
    // when
    Item item = ItemJson.fromPull(fields(Inputs.PULL), FALLBACK);
    // then
    assertThat(item)
        .isEqualTo(
            Item.builder(Repository.parse("Octo/Hello"), 4, ItemKind.PULL_REQUEST)
                .title("Speed up")
                .body("")
                .author(new Actor("dependabot[bot]", ActorType.BOT))
                .state(ItemState.CLOSED)
                .draft(true)
                .createdAt(Instant.parse("2025-12-10T11:00:00Z"))
                .updatedAt(Instant.parse("2025-12-11T09:00:00Z"))
                .closedAt(Instant.parse("2025-12-11T09:00:00Z"))
                .mergedAt(Instant.parse("2025-12-11T09:00:00Z"))
                .build());
  }

  @Test
  void pullRepositoryFallsBackToItsUrlThenToTheFallback() throws IOException {
    String noBase = Inputs.PULL.replaceAll(",\"base\":\\{.*}}}$", "}").replace("\"head\"", "\"x\"");
    assertThat(ItemJson.fromPull(fields(noBase), FALLBACK).repository())
        .isEqualTo(Repository.parse("octo/hello"));
    String noUrl = noBase.replaceFirst("\"url\":\"[^\"]*\",", "");
    assertThat(ItemJson.fromPull(fields(noUrl), FALLBACK).repository()).isEqualTo(FALLBACK);
    assertThatThrownBy(() -> ItemJson.fromPull(fields(noUrl), null))
        .hasMessage("cannot tell the repository (no base.repo.full_name or url); use --repo");
  }

  @Test
  void badBaseRepositoryIsAProblem() throws IOException {
    String bad = Inputs.PULL.replace("\"Octo/Hello\"", "\"Octo\"");
    assertThatThrownBy(() -> ItemJson.fromPull(fields(bad), null))
        .hasMessage("field 'base.repo.full_name': expected OWNER/NAME, got \"Octo\"");
  }

  @Test
  void issueRepositoryComesFromRepositoryUrlFirst() throws IOException {
    // given a record whose url and repository_url disagree
    String json = Inputs.ISSUE.replace("repos/octo/hello/issues/1", "repos/other/repo/issues/1");
    // when, then
    assertThat(ItemJson.fromIssue(fields(json), FALLBACK).repository())
        .isEqualTo(Repository.parse("octo/hello"));
  }

  @Test
  void minimalIssueGetsDefaults() throws IOException {
    // when
    Item item = ItemJson.fromIssue(fields(Inputs.ISSUE_3), null);
    // then
    assertThat(item.author()).isEqualTo(Actor.GHOST);
    assertThat(item.body()).isEmpty();
    assertThat(item.labels()).isEqualTo(List.of());
    assertThat(item.commentCount()).isZero();
    assertThat(item.authorAssociation()).isEqualTo("NONE");
    assertThat(item.updatedAt()).isEqualTo(item.createdAt());
    assertThat(item.reactions()).as("not fetched, not zero").isNull();
  }

  @Test
  void readsTheReactionCounts() throws IOException {
    String json =
        Inputs.ISSUE.replace(
            "\"body\":null",
            "\"body\":null,\"reactions\":{\"url\":\"u\",\"total_count\":7,\"+1\":5,\"-1\":0}");
    assertThat(ItemJson.fromIssue(fields(json), null).reactions())
        .isEqualTo(new io.devpulse.model.Reactions(7, 5));
    String bad = json.replace("\"+1\":5", "\"+1\":-5");
    assertThatThrownBy(() -> ItemJson.fromIssue(fields(bad), null))
        .hasMessageContaining("reactions.+1");
  }

  @Test
  void pullRequestObjectMustBeAnObject() throws IOException {
    String bad = Inputs.ISSUE_3.replace("\"number\":3", "\"number\":3,\"pull_request\":\"yes\"");
    assertThatThrownBy(() -> ItemJson.fromIssue(fields(bad), null))
        .hasMessage("field 'pull_request': expected an object, got \"yes\"");
  }

  @Test
  void pullRequestMergeTimeMustBeATime() throws IOException {
    String bad =
        Inputs.ISSUE_PR.replace("\"merged_at\":\"2025-12-10T13:00:00Z\"", "\"merged_at\":true");
    assertThatThrownBy(() -> ItemJson.fromIssue(fields(bad), null))
        .hasMessage("field 'pull_request.merged_at': expected an ISO-8601 time, got true");
  }
}
