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
    LinkHeader links =
        LinkHeader.parse(
            "<https://api.github.com/repositories/1/issues?page=2>; rel=\"next\", "
                + "<https://api.github.com/repositories/1/issues?page=5>; rel=\"last\", "
                + "<https://api.github.com/repositories/1/issues?page=1>; rel=\"first\"");

    assertThat(links.next())
        .contains(URI.create("https://api.github.com/repositories/1/issues?page=2"));
    assertThat(links.get("last"))
        .contains(URI.create("https://api.github.com/repositories/1/issues?page=5"));
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

  @Test
  void aLongRunOfEmptyParametersIsReadWithoutOverflowingTheStack() {
    // 5,000 repetitions of a regex group recursed 5,000 deep: a StackOverflowError, found by
    // GithubClientFuzzTest.
    String value = "<http://h/x?page=2>;" + " ;".repeat(5000) + " rel=next";

    assertThat(LinkHeader.parse(value).next()).contains(URI.create("http://h/x?page=2"));
    assertThat(LinkHeader.parse("<http://h/a>; rel=\"next\", ".repeat(20_000)).next())
        .contains(URI.create("http://h/a"));
  }

  @Test
  void aRelationBeyondACommaBelongsToNoLink() {
    assertThat(LinkHeader.parse("<http://h/a>, rel=\"next\"").next()).isEmpty();
    assertThat(LinkHeader.parse("<http://h/a>; title=x, <http://h/b>; rel=\"next\"").next())
        .contains(URI.create("http://h/b"));
  }
}
