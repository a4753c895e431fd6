package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSourceTest {
  private static final String TOKEN = "ghp_secretSecretSecret0123456789";

  @TempDir Path tmp;

  @Test
  void readsGithubTokenFromTheEnvironmentAndNeverShowsIt() {
    TokenSource source = TokenSource.fromEnv(Map.of("GITHUB_TOKEN", " " + TOKEN + "\n"));

    assertThat(source.isPresent()).isTrue();
    assertThat(source.origin()).isEqualTo("GITHUB_TOKEN");
    assertThat(source.toString()).isEqualTo("TokenSource[GITHUB_TOKEN]");
    assertThat(source.authorization()).contains("Bearer " + TOKEN);
    assertThat(source.appearsIn("x " + TOKEN + " y")).isTrue();
    assertThat(source.appearsIn("nothing")).isFalse();
  }

  @Test
  void unsetOrBlankVariableMeansAnonymous() {
    assertThat(TokenSource.fromEnv(Map.of()).isPresent()).isFalse();
    assertThat(TokenSource.fromEnv(Map.of("GITHUB_TOKEN", "  ")).isPresent()).isFalse();
    assertThat(TokenSource.none().authorization()).isEmpty();
    assertThat(TokenSource.none().appearsIn("anything")).isFalse();
  }

  @Test
  void readsTheFirstLineOfATokenFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("token"), "\n" + TOKEN + "\nsecond line\n");

    TokenSource source = TokenSource.fromFile(file);

    assertThat(source.authorization()).contains("Bearer " + TOKEN);
    assertThat(source.origin()).isEqualTo("token file " + file);
  }

  @Test
  void emptyMissingOrGarbledTokenFilesAreUserErrorsWithoutTheContent() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty"), "  \n");
    Path spaced = Files.writeString(tmp.resolve("spaced"), "ghp_abc def");

    assertThatThrownBy(() -> TokenSource.fromFile(empty))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("token file " + empty + " is empty");
    assertThatThrownBy(() -> TokenSource.fromFile(tmp.resolve("missing")))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("cannot read token file " + tmp.resolve("missing") + " (NoSuchFileException)");
    assertThatThrownBy(() -> TokenSource.fromFile(spaced))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "the token from token file "
                + spaced
                + " contains spaces or characters a GitHub token cannot have");
  }

  @Test
  void redactsTheTokenAndItsBase64FormsWithAFixedMask() {
    TokenSource token = TokenSource.fromEnv(java.util.Map.of("GITHUB_TOKEN", "ghp_abc123"));
    java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
    String basic =
        b64.encodeToString(
            "x-access-token:ghp_abc123".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(token.redact("a ghp_abc123 b " + basic)).isEqualTo("a [REDACTED] b [REDACTED]");
    assertThat(token.appearsIn("Basic " + basic)).isTrue();
    assertThat(token.appearsIn("ghp_abc12")).isFalse();
    assertThat(token.redact(null)).isNull();
    assertThat(TokenSource.none().redact("ghp_abc123")).isEqualTo("ghp_abc123");
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void aTokenFileThatIsADeviceFifoOrDirectoryIsRefusedWithoutReadingIt(@TempDir Path dir)
      throws Exception {
    Path fifo = dir.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    for (Path file : List.of(Path.of("/dev/zero"), fifo, dir)) {
      assertThatThrownBy(() -> TokenSource.fromFile(file))
          .isInstanceOf(UserErrorException.class)
          .hasMessage(
              "token file "
                  + file
                  + " is not a regular file (a directory, FIFO or device); refused");
    }
  }

  @Test
  void onlyTheStartOfAHugeTokenFileIsRead(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge");
    try (var out = Files.newOutputStream(huge)) {
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 64; i++) {
        out.write(block);
      }
    }
    Path tokenThenMore = Files.writeString(dir.resolve("t"), "ghp_abc\n" + "x".repeat(100_000));

    assertThatThrownBy(() -> TokenSource.fromFile(huge))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "token file "
                + huge
                + ": its first line is longer than 4096 bytes; a token file holds the"
                + " token on one line");
    assertThat(TokenSource.fromFile(tokenThenMore).redact("ghp_abc")).isEqualTo(TokenSource.MASK);
  }
}
