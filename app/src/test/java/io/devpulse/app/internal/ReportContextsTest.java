package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.classify.Pack;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.Coverage;
import io.devpulse.report.ReportContext;
import io.devpulse.rules.RulePack;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportContextsTest {
  @Test
  void theFocusTopicAndWhatItsSectionChecksComeFromThePack() {
    ReportContext context =
        ReportContexts.of(BotPolicy.GITHUB_TYPE_ONLY, Pack.builtIn(), Coverage.UNKNOWN);

    assertThat(context.focusTopicOrNull()).isEqualTo("amd-rocm");
    assertThat(context.amdChecks().keywords()).startsWith("rocm", "amd", "hip");
    assertThat(context.amdChecks().loginSuffixes()).containsExactly("-amd");
  }

  @Test
  void anotherPackPutsAnotherTopicInFocus() {
    RulePack pack =
        new RulePack(
            "test",
            Map.of(
                "x.drl",
                "package a;",
                "pack.properties",
                "focus-topic = tpu\n",
                "terms/topics/tpu.txt",
                "tag: tpu\nword: tpu, xla\nlogin-suffix: -goog\n"));

    ReportContext context =
        ReportContexts.of(BotPolicy.GITHUB_TYPE_ONLY, Pack.of(pack), Coverage.UNKNOWN);

    assertThat(context.focusTopicOrNull()).isEqualTo("tpu");
    assertThat(context.amdChecks().keywords()).containsExactly("tpu", "xla");
    assertThat(context.amdChecks().loginSuffixes()).containsExactly("-goog");
  }

  @Test
  void aPackWithoutAFocusHasNone() {
    RulePack pack =
        new RulePack(
            "test", Map.of("x.drl", "package a;", "terms/topics/amd-rocm.txt", "word: rocm\n"));

    ReportContext context =
        ReportContexts.of(BotPolicy.GITHUB_TYPE_ONLY, Pack.of(pack), Coverage.UNKNOWN);

    assertThat(context.focusTopicOrNull()).isNull();
    assertThat(context.amdChecks().keywords()).isEmpty();
  }

  @Test
  void theReviewWaitComesFromThePackElseTheDefault() {
    assertThat(
            ReportContexts.of(BotPolicy.GITHUB_TYPE_ONLY, Pack.builtIn(), Coverage.UNKNOWN)
                .reviewWait())
        .isEqualTo(java.time.Duration.ofHours(48));
    RulePack threeDays =
        new RulePack(
            "test", Map.of("x.drl", "package a;", "pack.properties", "attention.review-wait = 3d"));
    assertThat(
            ReportContexts.of(BotPolicy.GITHUB_TYPE_ONLY, Pack.of(threeDays), Coverage.UNKNOWN)
                .reviewWait())
        .isEqualTo(java.time.Duration.ofDays(3));
    RulePack none = new RulePack("test", Map.of("x.drl", "package a;"));
    assertThat(
            ReportContexts.of(BotPolicy.GITHUB_TYPE_ONLY, Pack.of(none), Coverage.UNKNOWN)
                .reviewWait())
        .isEqualTo(io.devpulse.report.ReportRequest.DEFAULT_REVIEW_WAIT);
  }
}
