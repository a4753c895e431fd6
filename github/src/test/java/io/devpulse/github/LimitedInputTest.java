package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputTest {
  private static InputStream limited(int size, long max) {
    return new LimitedInput(new ByteArrayInputStream(new byte[size]), "page", max);
  }

  @Test
  void contentUpToTheLimitReadsWhole() throws IOException {
    try (InputStream in = limited(100, 100)) {
      assertThat(in.readAllBytes()).hasSize(100);
    }
  }

  @Test
  void contentBeyondTheLimitFailsWithAOneLineError() {
    assertThatThrownBy(() -> limited(2049, 2048).readAllBytes())
        .isInstanceOf(BadInputException.class)
        .hasMessage("page: content larger than 2 KiB (after decompression); not reading the rest");
    assertThatThrownBy(
            () -> {
              InputStream in = limited(3, 2);
              in.read();
              in.read();
              in.read();
            })
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> limited(10, 2).skip(10)).isInstanceOf(BadInputException.class);
  }
}
