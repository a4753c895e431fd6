package io.devpulse.report;

import io.devpulse.model.Release;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the report shows a {@link Release}: its link built from the repository and the tag. */
final class ReleaseRefs {
  private ReleaseRefs() {}

  /** {@code release} as a {@link ReleaseRef}; it must have been published. */
  static ReleaseRef of(Release release) {
    // A tag may hold characters a URL path may not (#, %, ?): encoded, never taken from the data.
    String tag = URLEncoder.encode(release.tag(), StandardCharsets.UTF_8).replace("+", "%20");
    return new ReleaseRef(
        release.repository().fullName(),
        release.tag(),
        release.name(),
        release.publishedAtOrNull(),
        release.prerelease(),
        release.author().login(),
        "https://github.com/" + release.repository().fullName() + "/releases/tag/" + tag);
  }
}
