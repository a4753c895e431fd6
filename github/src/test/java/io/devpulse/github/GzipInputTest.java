package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GzipInputTest {

  private static byte[] readAll(byte[] content) throws IOException {
    try (InputStream in = GzipInput.decompressIfGzip(new ByteArrayInputStream(content), "f.gz")) {
      return in.readAllBytes();
    }
  }

  @Test
  void decompressesByMagicBytes() throws IOException {
    assertThat(readAll(Inputs.gzip(Inputs.utf8("[1]")))).asString(UTF_8).isEqualTo("[1]");
  }

  @Test
  void passesOtherInputThrough() throws IOException {
    assertThat(readAll(Inputs.utf8("[1]"))).asString(UTF_8).isEqualTo("[1]");
    assertThat(readAll(new byte[] {0x1f})).containsExactly(0x1f);
    assertThat(readAll(new byte[0])).isEmpty();
  }

  @Test
  void readsConcatenatedGzipMembers() throws IOException {
    // given two gzip files joined with cat
    byte[] first = Inputs.gzip(Inputs.utf8("[1]"));
    byte[] second = Inputs.gzip(Inputs.utf8("[2]"));
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    // when, then
    assertThat(readAll(both)).asString(UTF_8).isEqualTo("[1][2]");
  }

  @Test
  void truncatedDataSaysHowFarItGot() {
    byte[] gz = Inputs.gzip(Inputs.utf8("x".repeat(100_000)));
    byte[] cut = Arrays.copyOf(gz, gz.length - 20);
    assertThatThrownBy(() -> readAll(cut))
        .isInstanceOf(BadInputException.class)
        .hasMessageMatching("f\\.gz: truncated gzip data \\(after \\d+ bytes of content\\)");
  }

  @Test
  void corruptDataSaysSo() {
    byte[] gz = Inputs.gzip(Inputs.utf8("hello"));
    gz[2] = 7; // compression method: not deflate
    assertThatThrownBy(() -> readAll(gz))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "f.gz: corrupt gzip data: Unsupported compression method (after 0 bytes of content)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
