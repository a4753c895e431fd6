package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path tmp;

  private long temporaries() throws Exception {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".devpulse-report")).count();
    }
  }

  @Test
  void aNewReportIsWorldReadableAndAnOldOneKeepsItsMode() throws Exception {
    Path fresh = tmp.resolve("fresh.md");
    Path secret = Files.writeString(tmp.resolve("secret.md"), "old");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));

    ReportFiles.write(fresh, "new", false);
    ReportFiles.write(secret, "new", false);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(secret)).isEqualTo("new");
    assertThat(temporaries()).isZero();
  }

  @Test
  void aSymbolicLinkIsRefusedAndLeftAsItWasUnlessForced() throws Exception {
    Path target = Files.writeString(tmp.resolve("target.md"), "target");
    Path link = Files.createSymbolicLink(tmp.resolve("link.md"), target);

    assertThatThrownBy(() -> ReportFiles.write(link, "new", false))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "will not write the report to "
                + link
                + ": it is a symbolic link; give a regular file"
                + " or a directory (--force replaces it)");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("target");

    ReportFiles.write(link, "new", true);
    assertThat(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("target");
  }

  @Test
  void aFifoIsRefused() throws Exception {
    Path fifo = tmp.resolve("pipe.md");
    int rc = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    assertThat(rc).as("mkfifo").isZero();

    assertThatThrownBy(() -> ReportFiles.write(fifo, "new", false))
        .hasMessageContaining("it is not a regular file (a FIFO, socket or device)");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(temporaries()).isZero();
  }

  @Test
  void aFailedMoveSaysWhyAndLeavesNoTemporaryFile() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("taken.md"));
    Files.writeString(dir.resolve("inside"), "x");

    assertThatThrownBy(() -> ReportFiles.write(dir, "new", true))
        .isInstanceOf(UserErrorException.class)
        .hasMessageStartingWith("cannot write the report to " + dir + ": ")
        .hasMessageNotContaining(": " + dir + ": " + dir);
    assertThat(temporaries()).isZero();
    assertThat(Files.readString(dir.resolve("inside"))).isEqualTo("x");
  }

  @Test
  void aHardLinkedReportIsWrittenInPlaceSoEveryNameSeesIt(@TempDir Path dir) throws Exception {
    Path report = Files.writeString(dir.resolve("report.md"), "old\n");
    Path other = Files.createLink(dir.resolve("published.md"), report);

    ReportFiles.write(report, "new\n", false);

    assertThat(other).hasContent("new");
    assertThat(Files.isSameFile(report, other)).isTrue();
  }

  @Test
  void anExistingReportKeepsItsOwnerAndGroup(@TempDir Path dir) throws Exception {
    Path report = Files.writeString(dir.resolve("report.md"), "old\n");
    var lookup = report.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal nobody;
    GroupPrincipal nogroup;
    try {
      nobody = lookup.lookupPrincipalByName("nobody");
      nogroup = lookup.lookupPrincipalByGroupName("nogroup");
      Files.setOwner(report, nobody);
      Files.getFileAttributeView(report, PosixFileAttributeView.class).setGroup(nogroup);
    } catch (java.io.IOException notRootOrNoSuchUser) {
      org.junit.jupiter.api.Assumptions.abort(
          "needs root and the user nobody: " + notRootOrNoSuchUser);
      return;
    }

    ReportFiles.write(report, "new\n", false);

    assertThat(report).hasContent("new");
    assertThat(Files.getOwner(report)).isEqualTo(nobody);
    assertThat(Files.readAttributes(report, PosixFileAttributes.class).group()).isEqualTo(nogroup);
  }
}
