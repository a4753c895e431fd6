package io.devpulse.report.site;

import io.devpulse.model.Repository;
import java.util.Locale;

/**
 * Where each page of a site goes and how pages link to each other.
 *
 * <ul>
 *   <li>{@link #STATIC}: plain HTML, served as it is (GitHub Pages without Jekyll, any web server,
 *       a directory): {@code index.html}, per repository {@code OWNER/NAME/topics.html}, {@code
 *       amd.html}, {@code activity.html}, {@code lists/TOPIC-WEEK.html}, {@code reports/DAY.html};
 *       charts also as files under {@code assets/OWNER/NAME/}. Links are relative.
 *   <li>{@link #JEKYLL}: a Jekyll source: {@code index.md} (the home the reports' "Back to Home"
 *       lands on), reports as posts in {@code _posts}, history pages under {@code
 *       devpulse/OWNER/NAME/} with front matter, charts under {@code assets/devpulse/OWNER/NAME/}.
 *       Links go through {@code site.baseurl} and {@code post_url}, the only Liquid devpulse
 *       writes.
 * </ul>
 */
public enum SiteLayout {
  STATIC,
  JEKYLL;

  /** The home page. */
  public String home() {
    return this == STATIC ? "index.html" : "index.md";
  }

  /** A history page ({@code topics}, {@code amd}, {@code activity}) of {@code repo}. */
  public String page(Repository repo, String name) {
    return dir(repo) + name + ".html";
  }

  /** The list page of a topic's week. */
  public String list(Repository repo, String topic, String week) {
    return dir(repo) + "lists/" + topic + "-" + week + ".html";
  }

  /** A report page: a post for Jekyll, an HTML page named by its day otherwise. */
  public String report(Repository repo, ReportPage report) {
    return this == STATIC
        ? dir(repo) + "reports/" + report.day() + ".html"
        : "_posts/" + report.postName();
  }

  /**
   * A release's report: {@code OWNER/NAME/releases/POST.html} (the post name without its
   * extension), or a post.
   */
  public String release(Repository repo, ReportPage report) {
    String post = report.postName();
    return this == STATIC
        ? dir(repo) + "releases/" + post.substring(0, post.lastIndexOf('.')) + ".html"
        : "_posts/" + post;
  }

  /**
   * A daily roll-up report over all the site's repositories: {@code rollup/reports/DAY.html}, or a
   * post.
   */
  public String rollUpReport(ReportPage report) {
    return this == STATIC
        ? "rollup/reports/" + report.day() + ".html"
        : "_posts/" + report.postName();
  }

  /** A chart's standalone SVG file. */
  public String chart(Repository repo, String chartId) {
    return (this == STATIC ? "assets/" : "assets/devpulse/") + slug(repo) + "/" + chartId + ".svg";
  }

  private String dir(Repository repo) {
    return (this == STATIC ? "" : "devpulse/") + slug(repo) + "/";
  }

  /** {@code owner/name} in lower case: the repository's directory. */
  static String slug(Repository repo) {
    return repo.owner().toLowerCase(Locale.ROOT) + "/" + repo.name().toLowerCase(Locale.ROOT);
  }

  /** The link from page {@code from} to page {@code to} (both paths in the site). */
  public String href(String from, String to) {
    if (this == JEKYLL) {
      if (to.startsWith("_posts/")) {
        String post = to.substring("_posts/".length()).replaceFirst("\\.md$", "");
        return "{{ site.baseurl }}{% post_url " + post + " %}";
      }
      return to.equals(home()) ? "{{ site.baseurl }}/" : "{{ site.baseurl }}/" + to;
    }
    String[] a = from.split("/");
    String[] b = to.split("/");
    int common = 0;
    while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < a.length - 1; i++) {
      out.append("../");
    }
    for (int i = common; i < b.length; i++) {
      out.append(b[i]).append(i == b.length - 1 ? "" : "/");
    }
    return out.toString();
  }
}
