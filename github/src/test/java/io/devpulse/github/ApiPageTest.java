package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Comment;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiPageTest {
  private static final URI URL = URI.create("http://127.0.0.1:1/repos/octo/hello/issues/comments?since=x");

  private static ApiPage page(String body) {
    return new ApiPage(URL, 200, body.getBytes(UTF_8), null, "\"e\"", null);
  }

  @Test
  void readsRecordsWithTheSharedFileReader() throws Exception {
    var records = page("[" + Inputs.COMMENT + "]").readRecords(ReadOptions.defaults());

    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.entity()).isInstanceOf(Comment.class);
      assertThat(r.position().file()).isEqualTo(URL.toString());
    });
  }

  @Test
  void malformedPageFailsNamingTheUrl() {
    ApiPage page = page("[" + Inputs.COMMENT + ", {\"id\": }]");

    assertThatThrownBy(() -> page.readRecords(ReadOptions.defaults()))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(URL + ":1:")
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void notModifiedPageHasNoRecords() throws Exception {
    ApiPage page = new ApiPage(URL, 304, new byte[0], null, "\"e\"", null);

    assertThat(page.notModified()).isTrue();
    assertThat(page.readRecords(ReadOptions.defaults())).isEmpty();
    assertThat(page.readFilenames()).isEmpty();
  }

  @Test
  void readsChangedFileNames() throws Exception {
    ApiPage page = page("[{\"filename\":\"vllm/a.py\",\"status\":\"modified\"},{\"filename\":\"docs/b.md\"}]");

    assertThat(page.readFilenames()).containsExactly("vllm/a.py", "docs/b.md");
  }

  @Test
  void badFilePagesNameTheUrlAndTheEntry() {
    assertThatThrownBy(() -> page("{\"message\":\"x\"}").readFilenames())
        .isInstanceOf(BadInputException.class)
        .hasMessage(URL + ": expected a JSON array of changed files, got {\"message\":\"x\"}");
    assertThatThrownBy(() -> page("[{\"filename\":\"a\"},{\"status\":\"added\"}]").readFilenames())
        .hasMessage(URL + ": file 2: field 'filename': expected a non-empty string, got nothing");
    assertThatThrownBy(() -> page("[{").readFilenames())
        .hasMessageStartingWith(URL + ": malformed JSON: ");
  }

  @Test
  void displayNameHidesSecrets() {
    ApiPage page = new ApiPage(URI.create("http://h/x?access_token=s3cret"), 200, new byte[0], null, null, null);

    assertThat(page.displayName()).isEqualTo("http://h/x?access_token=***");
  }
}
