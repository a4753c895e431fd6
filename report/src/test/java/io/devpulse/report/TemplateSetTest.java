package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSetTest {
  @Test
  void builtInTemplatesAndMessages() {
    TemplateSet set = TemplateSet.builtIn();

    assertThat(set.templateName(ReportFormat.MD, ReportLanguage.ZH))
        .isEqualTo("report.md.mustache");
    assertThat(set.read("report.html.mustache")).startsWith("<!DOCTYPE html>");
    assertThat(set.messages(ReportLanguage.ZH).text("amdNone")).isEqualTo("本周期无 AMD/ROCm 生态相关更新。");
    assertThat(set.messages(ReportLanguage.EN).text("amdNone"))
        .isEqualTo("No AMD/ROCm ecosystem activity in this window.");
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    TemplateSet set = TemplateSet.builtIn();

    assertThat(set.messages(ReportLanguage.ZH).all().keySet())
        .isEqualTo(set.messages(ReportLanguage.EN).all().keySet());
  }

  @Test
  void directoryOverridesTemplatesPartialsAndMessages(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("report.en.md.mustache"), "{{> head}}{{stats.newIssues}} {{{t.none}}}\n");
    Files.writeString(dir.resolve("head.mustache"), "# {{title}}\n");
    Files.writeString(dir.resolve("ReportMessages_en.properties"), "none=nothing at all\n");
    TemplateSet set = TemplateSet.overriddenBy(dir);

    assertThat(set.templateName(ReportFormat.MD, ReportLanguage.EN))
        .isEqualTo("report.en.md.mustache");
    assertThat(set.templateName(ReportFormat.MD, ReportLanguage.ZH))
        .isEqualTo("report.md.mustache");
    String md =
        ReportRenderer.render(ReportJsonTest.sample(), ReportFormat.MD, ReportLanguage.EN, set);
    assertThat(md).isEqualTo("# vLLM Development Report - 2025-12-10\n1 nothing at all\n");
    assertThat(set.messages(ReportLanguage.EN).text("amdNone"))
        .isEqualTo("No AMD/ROCm ecosystem activity in this window.");
  }

  @Test
  void missingDirectoryIsAUserError(@TempDir Path dir) {
    Path missing = dir.resolve("nope");

    assertThatThrownBy(() -> TemplateSet.overriddenBy(missing))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("templates directory " + missing + " does not exist or is not a directory");
    assertThat(TemplateSet.overriddenBy(null)).isEqualTo(TemplateSet.builtIn());
  }

  @Test
  void fileNamesCannotLeaveTheDirectory(@TempDir Path dir) {
    assertThatThrownBy(() -> TemplateSet.overriddenBy(dir).read("../secret"))
        .isInstanceOf(UserErrorException.class)
        .hasMessageStartingWith("template ../secret not found");
  }

  @Test
  void aPartialLinkedOutOfTheFolderIsRefusedNotPrinted(@TempDir Path tmp) throws Exception {
    // given a token file beside the templates folder and a partial linked to it (issue #24)
    Path dir = Files.createDirectory(tmp.resolve("templates"));
    Path token =
        Files.writeString(tmp.resolve("token"), "ghp_SecretTokenThatMustNotBePrinted000000\n");
    Files.writeString(dir.resolve("report.en.md.mustache"), "{{> head}}\n");
    Files.createSymbolicLink(dir.resolve("head.mustache"), token);
    TemplateSet set = TemplateSet.overriddenBy(dir);
    // then
    assertThatThrownBy(
            () ->
                ReportRenderer.render(
                    ReportJsonTest.sample(), ReportFormat.MD, ReportLanguage.EN, set))
        .isInstanceOf(UserErrorException.class)
        .hasMessageContaining("links outside the templates folder")
        .hasMessageNotContaining("ghp_");
  }

  @Test
  void aTemplateOrMessagesLinkedOutOfTheFolderIsRefused(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("templates"));
    Path outside = Files.writeString(tmp.resolve("passwd"), "root:x:0:0\n");
    Files.createSymbolicLink(dir.resolve("report.md.mustache"), outside);
    Files.createSymbolicLink(dir.resolve("ReportMessages_en.properties"), outside);
    TemplateSet set = TemplateSet.overriddenBy(dir);

    assertThatThrownBy(() -> set.read("report.md.mustache"))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "template "
                + dir.resolve("report.md.mustache")
                + " links outside the templates folder "
                + dir
                + "; refused");
    assertThatThrownBy(() -> set.messages(ReportLanguage.EN))
        .isInstanceOf(UserErrorException.class)
        .hasMessageContaining("links outside the templates folder");
  }

  @Test
  void aLinkInsideTheFolderIsFineButDevicesAreNot(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("real.mustache"), "# {{title}}\n");
    Files.createSymbolicLink(dir.resolve("head.mustache"), dir.resolve("real.mustache"));
    Files.writeString(dir.resolve("report.en.md.mustache"), "{{> head}}");
    TemplateSet set = TemplateSet.overriddenBy(dir);
    assertThat(
            ReportRenderer.render(ReportJsonTest.sample(), ReportFormat.MD, ReportLanguage.EN, set))
        .isEqualTo("# vLLM Development Report - 2025-12-10\n");

    Path linkedDir = Files.createDirectory(dir.resolve("sub"));
    Files.createSymbolicLink(linkedDir.resolve("report.md.mustache"), Path.of("/dev/zero"));
    assertThatThrownBy(() -> TemplateSet.overriddenBy(linkedDir).read("report.md.mustache"))
        .isInstanceOf(UserErrorException.class)
        .hasMessageContaining("refused");
  }

  @Test
  void partialNamesCannotClimbOutOfTheFolder(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("templates"));
    Files.writeString(tmp.resolve("secret.mustache"), "SECRET");
    Files.writeString(dir.resolve("report.en.md.mustache"), "{{> ../secret}}");
    TemplateSet set = TemplateSet.overriddenBy(dir);

    assertThatThrownBy(
            () ->
                ReportRenderer.render(
                    ReportJsonTest.sample(), ReportFormat.MD, ReportLanguage.EN, set))
        .isInstanceOf(UserErrorException.class)
        .hasMessageNotContaining("SECRET");
  }
}
