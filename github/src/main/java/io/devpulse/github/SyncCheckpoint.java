package io.devpulse.github;

import io.devpulse.model.Repository;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a sync of one stream of one repository got, as kept in the index's commit user data
 * beside the documents it covers (so a commit holds both or neither):
 *
 * <ul>
 *   <li>{@code sync.OWNER/NAME.STREAM} = the newest {@code updated_at} of which every record is
 *       stored ({@code 2025-12-10T11:59:00Z}); the next sync asks for {@code since} this time, and
 *       since GitHub's {@code since} is inclusive and puts are upserts, re-reading the records of
 *       that second is harmless;
 *   <li>{@code sync.OWNER/NAME.STREAM.etag} = {@code URL ETAG}: the ETag of the response to that
 *       URL, kept only when that response was the stream's one and only page, so that a 304 to the
 *       same URL means "nothing new".
 * </ul>
 *
 * {@code OWNER/NAME} is {@link Repository#key()} (lower case). The commit data are merged over the
 * previous commit's, so a key is never removed; an empty value means "none".
 *
 * @param updatedThrough the checkpoint time, or null before the first sync
 * @param etagUrl the URL {@code etag} answers, or null
 * @param etag the ETag, or null
 */
public record SyncCheckpoint(Instant updatedThrough, String etagUrl, String etag) {
  /** The prefix of every sync key. */
  public static final String PREFIX = "sync.";

  /** No sync yet. */
  public static final SyncCheckpoint NONE = new SyncCheckpoint(null, null, null);

  public SyncCheckpoint {
    if ((etagUrl == null) != (etag == null)) {
      throw new IllegalArgumentException(
          "etagUrl (" + etagUrl + ") and etag (" + etag + ") must be given together");
    }
  }

  /** The key of the checkpoint time: {@code sync.owner/name.issues}. */
  public static String key(Repository repository, SyncStream stream) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(stream, "stream");
    return PREFIX + repository.key() + "." + stream.key();
  }

  /** The key of the ETag: {@code sync.owner/name.issues.etag}. */
  public static String etagKey(Repository repository, SyncStream stream) {
    return key(repository, stream) + ".etag";
  }

  /**
   * The checkpoint stored in {@code userData}; {@link #NONE} parts for absent or empty keys.
   *
   * @throws IllegalStateException when the stored time is not an ISO instant (the index was edited
   *     by hand)
   */
  public static SyncCheckpoint read(
      Map<String, String> userData, Repository repository, SyncStream stream) {
    Objects.requireNonNull(userData, "userData");
    String time = userData.getOrDefault(key(repository, stream), "");
    Instant updatedThrough = null;
    if (!time.isBlank()) {
      try {
        updatedThrough = Instant.parse(time.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(
            "commit data "
                + key(repository, stream)
                + " ("
                + time
                + ") must be an ISO instant such as 2025-12-10T11:59:00Z",
            e);
      }
    }
    String etagValue = userData.getOrDefault(etagKey(repository, stream), "").strip();
    int space = etagValue.indexOf(' ');
    if (space <= 0 || space == etagValue.length() - 1) {
      return new SyncCheckpoint(updatedThrough, null, null);
    }
    return new SyncCheckpoint(
        updatedThrough, etagValue.substring(0, space), etagValue.substring(space + 1));
  }

  /** The ETag to send when requesting {@code url}: only when it was stored for that very URL. */
  public Optional<String> etagFor(String url) {
    return etag != null && etagUrl.equals(url) ? Optional.of(etag) : Optional.empty();
  }

  /** This checkpoint, moved on to {@code time} unless it is already later; the ETag is kept. */
  public SyncCheckpoint advancedTo(Instant time) {
    if (time == null || (updatedThrough != null && !time.isAfter(updatedThrough))) {
      return this;
    }
    return new SyncCheckpoint(time, etagUrl, etag);
  }

  /**
   * This checkpoint with the ETag of {@code url}, or without any ETag when {@code etagOrNull} is
   * null.
   */
  public SyncCheckpoint withEtag(String url, String etagOrNull) {
    return etagOrNull == null || etagOrNull.isBlank()
        ? new SyncCheckpoint(updatedThrough, null, null)
        : new SyncCheckpoint(updatedThrough, Objects.requireNonNull(url, "url"), etagOrNull);
  }

  /** The commit user data entries that store this checkpoint. */
  public Map<String, String> toUserData(Repository repository, SyncStream stream) {
    Map<String, String> data = new HashMap<>();
    data.put(key(repository, stream), updatedThrough == null ? "" : updatedThrough.toString());
    data.put(etagKey(repository, stream), etag == null ? "" : etagUrl + " " + etag);
    return Map.copyOf(data);
  }
}
