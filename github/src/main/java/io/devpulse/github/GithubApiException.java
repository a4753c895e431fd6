package io.devpulse.github;

import io.devpulse.model.UserErrorException;

/**
 * A GitHub API request that did not succeed: a rejected token (401), a missing repository (404), a
 * refused request, a rate limit that would outlast the allowed wait, or a server or network that
 * kept failing after the retries. The message is one line that starts with the request's URL (never
 * a token); {@link #status()} is the HTTP status, or 0 when no response arrived.
 */
public class GithubApiException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public GithubApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public GithubApiException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /**
   * The HTTP status of the last response, or 0 when there was none (network failure, interrupted).
   */
  public int status() {
    return status;
  }
}
