package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Comment;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiPageTest {
  private static final URI URL =
      URI.create("http://127.0.0.1:1/repos/octo/hello/issues/comments?since=x");

  private static ApiPage page(String body) {
    return new ApiPage(URL, 200, body.getBytes(UTF_8), null, "\"e\"");
  }

  @Test
  void readsRecordsWithTheSharedFileReader() throws Exception {
    var records = page("[" + Inputs.COMMENT + "]").readRecords(ReadOptions.defaults());

    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
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
    ApiPage page = new ApiPage(URL, 304, new byte[0], null, "\"e\"");

    assertThat(page.notModified()).isTrue();
    assertThat(page.readRecords(ReadOptions.defaults())).isEmpty();
    assertThat(page.readFilenames()).isEmpty();
  }

  @Test
  void readsChangedFileNames() throws Exception {
    ApiPage page =
        page("[{\"filename\":\"vllm/a.py\",\"status\":\"modified\"},{\"filename\":\"docs/b.md\"}]");

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
  void gzipContentIsCutAtTheLimitRatherThanExpandedWithoutEnd() throws Exception {
    // 8 MiB of records that --skip-bad would skip one by one, in about 8 KiB of gzip: a small bomb.
    byte[] bomb = Inputs.gzip(("[" + "{\"x\":1},".repeat(1 << 20) + "{\"x\":1}]").getBytes(UTF_8));
    ApiPage page = new ApiPage(URL, 200, bomb, null, null, 1 << 20);

    assertThat(bomb.length).isLessThan(1 << 20);
    assertThatThrownBy(() -> page.readRecords(ReadOptions.defaults().withSkipBad(true)))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            URL + ": content larger than 1 MiB (after decompression); not reading the rest");
    assertThat(
            new ApiPage(
                    URL,
                    200,
                    Inputs.gzip(("[" + Inputs.COMMENT + "]").getBytes(UTF_8)),
                    null,
                    null,
                    1 << 20)
                .readRecords(ReadOptions.defaults()))
        .hasSize(1);
  }

  @Test
  void displayNameHidesSecrets() {
    ApiPage page =
        new ApiPage(URI.create("http://h/x?access_token=s3cret"), 200, new byte[0], null, null);

    assertThat(page.displayName()).isEqualTo("http://h/x?access_token=***");
  }
}
