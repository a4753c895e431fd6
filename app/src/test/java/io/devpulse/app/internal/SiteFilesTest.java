package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site --out} into a folder that is not devpulse's alone (issue #24). */
class SiteFilesTest {
  @TempDir Path tmp;

  private static Map<String, String> site(String text) {
    Map<String, String> files = new TreeMap<>();
    files.put("index.md", "<div class=\"devpulse\">" + text + "</div>\n");
    files.put("assets/devpulse/chart.svg", "<svg><!-- devpulse --></svg>\n");
    return files;
  }

  @Test
  void aFileDevpulseDidNotWriteIsNotReplacedWithoutForce() throws Exception {
    // given an existing Jekyll site with the user's own index.md
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve("index.md"), "# My own home page\n");
    // then
    assertThatThrownBy(() -> SiteFiles.writeChanged(out, site("v1")))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "site --out "
                + out
                + ": index.md exists and devpulse did not write it; nothing was written"
                + " (move it, or use --force to replace it)");
    assertThat(out.resolve("index.md")).hasContent("# My own home page");
    assertThat(out.resolve("assets")).doesNotExist();
    // --force takes it over, and from then on the manifest says it is devpulse's
    assertThat(SiteFiles.writeChanged(out, site("v1"), true))
        .containsExactly("assets/devpulse/chart.svg", "index.md");
    assertThat(out.resolve(SiteFiles.MANIFEST)).hasContent("assets/devpulse/chart.svg\nindex.md");
    assertThat(SiteFiles.writeChanged(out, site("v2"))).containsExactly("index.md");
  }

  @Test
  void aFileTheManifestDoesNotListIsNotReplacedEvenIfItLooksLikeOurs() throws Exception {
    Path out = tmp.resolve("site");
    SiteFiles.writeChanged(out, Map.of("index.html", "<body class=\"devpulse\">1</body>"));
    Files.writeString(out.resolve("about.html"), "<p>devpulse is great</p>");

    assertThatThrownBy(
            () ->
                SiteFiles.writeChanged(
                    out,
                    Map.of(
                        "index.html",
                        "<body class=\"devpulse\">2</body>",
                        "about.html",
                        "<body class=\"devpulse\">about</body>")))
        .isInstanceOf(UserErrorException.class)
        .hasMessageContaining("about.html exists");
    assertThat(out.resolve("about.html")).hasContent("<p>devpulse is great</p>");
  }

  @Test
  void aSiteFromBeforeTheManifestIsStillDevpulses() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve("index.md"), "<div class=\"devpulse\">old</div>\n");

    assertThat(SiteFiles.writeChanged(out, site("new"))).contains("index.md");
  }

  @Test
  void neverWritesThroughADirectoryLinkLeavingTheFolder() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.createSymbolicLink(out.resolve("assets"), elsewhere);

    assertThatThrownBy(() -> SiteFiles.writeChanged(out, site("v1"), true))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "site --out "
                + out
                + ": assets is a link leading out of the folder; nothing was written"
                + " through it");
    try (var files = Files.list(elsewhere)) {
      assertThat(files).isEmpty();
    }
    assertThat(out.resolve("index.md")).doesNotExist();
  }

  @Test
  void removesTheTemporaryFilesOfAKilledRun() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("site").resolve("assets"));
    Path stale = Files.writeString(out.resolve(".devpulse-site123456.tmp"), "half a page");
    Path theirs = Files.writeString(out.resolve("notes.tmp"), "keep");

    SiteFiles.writeChanged(tmp.resolve("site"), site("v1"));

    assertThat(stale).doesNotExist();
    assertThat(theirs).hasContent("keep");
  }
}
