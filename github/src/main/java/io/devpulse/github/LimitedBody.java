package io.devpulse.github;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit: a server that sends more (a huge page, a body
 * without end) gets its exchange cancelled at the limit instead of filling the heap, and the body
 * fails with a {@link TooLargeException}. A {@code Content-Length} above the limit fails before any
 * of the body is read.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final int status;
  private final long maxBytes;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Flow.Subscription subscription;
  private long received;

  private LimitedBody(int status, long maxBytes) {
    this.status = status;
    this.maxBytes = maxBytes;
  }

  /**
   * Bodies of at most {@code maxBytes} (at most {@link Integer#MAX_VALUE} - 8, what an array
   * holds).
   */
  static HttpResponse.BodyHandler<byte[]> handler(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes (" + maxBytes + ") must not be negative");
    }
    return info -> {
      LimitedBody body = new LimitedBody(info.statusCode(), maxBytes);
      OptionalLong declared = contentLength(info.headers());
      if (declared.isPresent() && declared.getAsLong() > maxBytes) {
        body.received = declared.getAsLong();
        body.tooLarge();
      }
      return body;
    };
  }

  private static OptionalLong contentLength(java.net.http.HttpHeaders headers) {
    try {
      return headers.firstValueAsLong("content-length");
    } catch (NumberFormatException e) {
      return OptionalLong.empty(); // the HTTP client itself judges a garbled length
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      received += item.remaining();
      if (received > maxBytes) {
        tooLarge();
        return;
      }
      if (item.hasArray()) {
        bytes.write(item.array(), item.arrayOffset() + item.position(), item.remaining());
      } else {
        byte[] copy = new byte[item.remaining()];
        item.get(copy);
        bytes.writeBytes(copy);
      }
    }
  }

  private void tooLarge() {
    bytes.reset();
    if (subscription != null) {
      subscription.cancel();
    }
    result.completeExceptionally(new TooLargeException(status, maxBytes));
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** The body exceeded the limit; nothing of it is kept. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    TooLargeException(int status, long maxBytes) {
      super("response body larger than " + size(maxBytes));
      this.status = status;
    }

    /** The status of the response whose body was too large. */
    int status() {
      return status;
    }
  }

  /** {@code 32 MiB}, {@code 64 KiB}, {@code 1000 bytes}: a limit as people read it. */
  static String size(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
