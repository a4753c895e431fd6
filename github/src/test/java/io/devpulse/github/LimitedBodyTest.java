package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LimitedBodyTest {
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final Flow.Subscription subscription =
      new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {
          cancelled.set(true);
        }
      };

  private static HttpResponse.ResponseInfo info(Map<String, List<String>> headers) {
    return new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return 200;
      }

      @Override
      public HttpHeaders headers() {
        return HttpHeaders.of(headers, (a, b) -> true);
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
  }

  private static ByteBuffer bytes(int n) {
    return ByteBuffer.wrap(new byte[n]);
  }

  @Test
  void keepsABodyUpToTheLimit() {
    HttpResponse.BodySubscriber<byte[]> body = LimitedBody.handler(10).apply(info(Map.of()));
    body.onSubscribe(subscription);
    body.onNext(List.of(bytes(4), ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6}, 2, 4).slice()));
    body.onNext(List.of(bytes(2)));
    body.onComplete();

    assertThat(body.getBody().toCompletableFuture().join())
        .hasSize(10)
        .startsWith(0, 0, 0, 0, 3, 4, 5, 6);
    assertThat(cancelled).isFalse();
  }

  @Test
  void cancelsTheExchangeAtTheFirstByteBeyondTheLimit() {
    HttpResponse.BodySubscriber<byte[]> body = LimitedBody.handler(10).apply(info(Map.of()));
    body.onSubscribe(subscription);
    body.onNext(List.of(bytes(10)));
    assertThat(cancelled).isFalse();
    body.onNext(List.of(bytes(1)));

    assertThat(cancelled).isTrue();
    assertThatThrownBy(() -> body.getBody().toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(LimitedBody.TooLargeException.class)
        .hasMessage("response body larger than 10 bytes");
    body.onNext(List.of(bytes(1_000))); // ignored after the cancel
  }

  @Test
  void aDeclaredLengthBeyondTheLimitFailsBeforeTheBody() {
    HttpResponse.BodySubscriber<byte[]> body =
        LimitedBody.handler(1024).apply(info(Map.of("content-length", List.of("1025"))));
    body.onSubscribe(subscription);

    assertThat(cancelled).isTrue();
    assertThat(body.getBody().toCompletableFuture()).isCompletedExceptionally();
  }

  @Test
  void aGarbledDeclaredLengthIsLeftToTheHttpClient() {
    HttpResponse.BodySubscriber<byte[]> body =
        LimitedBody.handler(1024).apply(info(Map.of("content-length", List.of("lots"))));
    body.onSubscribe(subscription);

    assertThat(cancelled).isFalse();
  }

  @Test
  void sizesAsPeopleReadThem() {
    assertThat(LimitedBody.size(32L << 20)).isEqualTo("32 MiB");
    assertThat(LimitedBody.size(64 << 10)).isEqualTo("64 KiB");
    assertThat(LimitedBody.size(1000)).isEqualTo("1000 bytes");
  }
}
