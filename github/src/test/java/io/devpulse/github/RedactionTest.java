package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private static final String TOKEN = "ghp_RedactionTestToken0123456789";
  private final Redaction redaction =
      Redaction.of(TokenSource.fromEnv(Map.of("GITHUB_TOKEN", TOKEN)));

  @Test
  void bodyBytesLoseEveryOccurrenceAndKeepTheRest() {
    byte[] body = ("a" + TOKEN + "b" + TOKEN + TOKEN + "\u00e9").getBytes(UTF_8);

    assertThat(new String(redaction.body(body), UTF_8))
        .isEqualTo("a[REDACTED]b[REDACTED][REDACTED]\u00e9");
    byte[] clean = "[1,2]".getBytes(UTF_8);
    assertThat(redaction.body(clean)).isSameAs(clean);
    assertThat(redaction.body(new byte[0])).isEmpty();
    assertThat(redaction.body(TOKEN.substring(1).getBytes(UTF_8)))
        .asString(UTF_8)
        .isEqualTo(TOKEN.substring(1));
  }

  @Test
  void treeLosesItInStringsAndFieldNamesAtAnyDepth() throws IOException {
    String b64 = Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN).getBytes(UTF_8));
    JsonNode node =
        Json.MAPPER.readTree(
            "{\"a\":[1,{\""
                + TOKEN
                + "\":\"Basic "
                + b64
                + "\"}],\"b\":\"\\u0067"
                + TOKEN.substring(1)
                + "\",\"c\":null}");

    assertThat(Json.compact(redaction.tree(node)))
        .isEqualTo(
            "{\"a\":[1,{\"[REDACTED]\":\"Basic [REDACTED]\"}],\"b\":\"[REDACTED]\",\"c\":null}");
  }

  @Test
  void cleanTreesAndNoTokenLeaveEverythingAsIs() throws IOException {
    JsonNode node = Json.MAPPER.readTree("{\"a\":[\"x\"]}");

    assertThat(redaction.tree(node)).isSameAs(node);
    assertThat(Redaction.of(TokenSource.none()).tree(node)).isSameAs(node);
    assertThat(Redaction.of(TokenSource.none()).active()).isFalse();
  }

  @Test
  void scrubbedFailuresLoseTheTokenAndTheCausesThatHoldIt() {
    BadInputException leaky =
        new BadInputException("page: bad " + TOKEN, new IllegalStateException("cause " + TOKEN));
    BadInputException causeOnly =
        new BadInputException("page: bad", new IllegalStateException(TOKEN));
    BadInputException clean = new BadInputException("page: bad", new IllegalStateException("x"));

    assertThat(redaction.scrub(leaky)).hasMessage("page: bad [REDACTED]").hasNoCause();
    assertThat(redaction.scrub(causeOnly)).hasMessage("page: bad").hasNoCause();
    assertThat(redaction.scrub(clean)).isSameAs(clean);
  }

  @Test
  void scrubbedClientFailuresKeepTheirStatusAndKind() {
    GithubApiException wait =
        redaction.scrub(new RateLimitWaitException(429, "u " + TOKEN, Duration.ofMinutes(1)));

    assertThat(wait).isInstanceOf(RateLimitWaitException.class).hasMessage("u [REDACTED]");
    assertThat(wait.status()).isEqualTo(429);
    assertThat(((RateLimitWaitException) wait).refusedWait()).isEqualTo(Duration.ofMinutes(1));
    assertThat(redaction.scrub(new GithubApiException(500, TOKEN))).hasMessage("[REDACTED]");
  }
}
