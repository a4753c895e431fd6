package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Repository;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryUrlTest {

  private static JsonFields fields(String json) throws IOException {
    return JsonFields.of(new ObjectMapper().readTree(json));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://api.github.com/repos/vllm-project/vllm, vllm-project/vllm",
    "https://api.github.com/repos/vllm-project/vllm/issues/30385, vllm-project/vllm",
    "https://api.github.com/repos/octo/hello.js/issues/comments/3637000001, octo/hello.js",
    "https://api.github.com/repos/Octo/Hello/pulls/4/, Octo/Hello",
    "https://ghe.example.com/api/v3/repos/team/tool/pulls/7, team/tool"
  })
  void readsTheRepository(String url, String fullName) {
    assertThat(RepositoryUrl.parse(url))
        .hasValueSatisfying(repo -> assertThat(repo.fullName()).isEqualTo(fullName));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://github.com/octo/hello",
        "https://api.github.com/repos/octo",
        "not a url",
        "https://api.github.com/repos/oc to/hello",
        ""
      })
  void findsNoRepositoryInOtherUrls(String url) {
    assertThat(RepositoryUrl.parse(url)).isEmpty();
  }

  @Test
  void fieldsAreOptionalButMustBeReadable() throws IOException {
    assertThat(RepositoryUrl.fromField(fields("{\"u\": null}"), "u")).isEmpty();
    assertThat(RepositoryUrl.fromField(fields("{}"), "u")).isEmpty();
    assertThat(
            RepositoryUrl.fromField(fields("{\"u\": \"https://api.github.com/repos/a/b\"}"), "u"))
        .contains(new Repository("a", "b"));
    assertThatThrownBy(
            () -> RepositoryUrl.fromField(fields("{\"u\": \"https://github.com/a/b\"}"), "u"))
        .isInstanceOf(RecordProblem.class)
        .hasMessage(
            "field 'u': expected a URL like https://api.github.com/repos/OWNER/NAME/...,"
                + " got \"https://github.com/a/b\"");
  }

  @Test
  void hypermediaTemplatesAreNoPartOfThePath() {
    // GitHub's records carry RFC 6570 templates: issues' labels_url, releases' upload_url.
    assertThat(RepositoryUrl.parse("https://api.github.com/repos/a/b/issues/1/labels{/name}"))
        .contains(new Repository("a", "b"));
    assertThat(
            RepositoryUrl.parse(
                "https://uploads.github.com/repos/a/b/releases/9/assets{?name,label}"))
        .contains(new Repository("a", "b"));
  }

  @Test
  void readsTheNumberAtTheEnd() throws IOException {
    assertThat(
            RepositoryUrl.numberFromField(
                fields("{\"u\": \"https://api.github.com/repos/a/b/issues/30385\"}"), "u"))
        .isEqualTo(30385);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"u\": \"https://api.github.com/repos/a/b/issues/x\"}  | field 'u': expected a URL ending in an item number, got \"https://api.github.com/repos/a/b/issues/x\"",
        "{\"u\": \"https://api.github.com/repos/a/b/issues/0\"}  | field 'u': expected a URL ending in an item number, got \"https://api.github.com/repos/a/b/issues/0\"",
        "{\"u\": 5}                                             | field 'u': expected a string, got 5",
        "{}                                                    | field 'u': missing"
      })
  void numberMustBeThere(String json, String message) {
    assertThatThrownBy(() -> RepositoryUrl.numberFromField(fields(json), "u"))
        .isInstanceOf(RecordProblem.class)
        .hasMessage(message);
  }
}
