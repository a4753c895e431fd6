package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkHeaderTest {
  @Test
  void readsEveryRelationAsGithubWritesThem() {
    LinkHeader links = LinkHeader.parse(
        "<https://api.github.com/repositories/1/issues?page=2>; rel=\"next\", "
            + "<https://api.github.com/repositories/1/issues?page=5>; rel=\"last\", "
            + "<https://api.github.com/repositories/1/issues?page=1>; rel=\"first\"");

    assertThat(links.next()).contains(URI.create("https://api.github.com/repositories/1/issues?page=2"));
    assertThat(links.get("last")).contains(URI.create("https://api.github.com/repositories/1/issues?page=5"));
    assertThat(links.get("prev")).isEmpty();
  }

  @Test
  void acceptsUnquotedAndUpperCaseRelationsAndExtraParameters() {
    LinkHeader links = LinkHeader.parse("<http://h/x?page=3>; type=\"text\"; REL=next");

    assertThat(links.next()).contains(URI.create("http://h/x?page=3"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"garbage", "<http://h/x>", "<not a uri>; rel=\"next\""})
  void absentOrUnreadableHeadersHaveNoNextPage(String value) {
    assertThat(LinkHeader.parse(value).next()).isEmpty();
  }
}
