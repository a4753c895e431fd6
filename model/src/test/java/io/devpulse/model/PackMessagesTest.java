package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PackMessagesTest {
  private static final PackMessages MESSAGES =
      PackMessages.parse(
          Map.of(
              "messages_en.properties",
              """
              topic.docs=Documentation
              rule.topic-title-term=the title names {terms}
              finding.compat-risk={surface, select, interface{changes {name}, an interface} \\
                other{may break {name}}}
              rule.priority-much-discussed-bug-report={number, plural, one{# comment} other{# comments}}
              """,
              "messages_zh.properties",
              """
              topic.docs=文档
              rule.topic-title-term=标题提到{terms}
              finding.compat-risk={surface, select, interface{修改了 {name}} other{可能影响 {name}}}
              """,
              "README.md",
              "not a message file"));

  @Test
  void looksUpAKeyInEachLanguageWithNamedArguments() {
    assertThat(MESSAGES.format("en", "topic.docs", Map.of())).hasValue("Documentation");
    assertThat(MESSAGES.format("zh", "topic.docs", Map.of())).hasValue("文档");
    assertThat(MESSAGES.format("en", "rule.topic-title-term", Map.of("terms", "'fp8'")))
        .hasValue("the title names 'fp8'");
    assertThat(MESSAGES.format("zh", "rule.topic-title-term", Map.of("terms", "“fp8”")))
        .hasValue("标题提到“fp8”");
  }

  @Test
  void selectsAndPluralsFollowTheArguments() {
    assertThat(
            MESSAGES.format(
                "en", "finding.compat-risk", Map.of("surface", "interface", "name", "_fwd")))
        .hasValue("changes _fwd, an interface");
    assertThat(
            MESSAGES.format("zh", "finding.compat-risk", Map.of("surface", "env-var", "name", "X")))
        .hasValue("可能影响 X");
    assertThat(
            MESSAGES.format("en", "rule.priority-much-discussed-bug-report", Map.of("number", 1)))
        .hasValue("1 comment");
  }

  @Test
  void aMissingKeyOrLanguageIsEmptyForTheCallersFallback() {
    assertThat(MESSAGES.format("zh", "rule.priority-much-discussed-bug-report", Map.of()))
        .isEmpty();
    assertThat(MESSAGES.format("fr", "topic.docs", Map.of())).isEmpty();
    assertThat(MESSAGES.has("en", "topic.docs")).isTrue();
    assertThat(MESSAGES.has("en", "README.md")).isFalse();
    assertThat(PackMessages.NONE.format("en", "topic.docs", Map.of())).isEmpty();
  }

  @Test
  void aRulesKeyIsItsNameInLowerCaseWithDashes() {
    assertThat(PackMessages.ruleKey("priority: hard fault in a bug report"))
        .isEqualTo("rule.priority-hard-fault-in-a-bug-report");
    assertThat(PackMessages.ruleKey("topic: author's earlier work"))
        .isEqualTo("rule.topic-author-s-earlier-work");
    assertThat(PackMessages.ruleKey("bot: listed in bots.txt"))
        .isEqualTo("rule.bot-listed-in-bots-txt");
  }

  @Test
  void onlyMessageFilesOfALanguageCount() {
    assertThat(PackMessages.languageOf("messages_zh.properties")).isEqualTo("zh");
    assertThat(PackMessages.languageOf("messages.properties")).isNull();
    assertThat(PackMessages.languageOf("messages_zh.txt")).isNull();
    assertThat(PackMessages.fileName("en")).isEqualTo("messages_en.properties");
  }

  @Test
  void aPatternICUCannotReadIsNamedAndShownAsWritten() {
    PackMessages bad =
        PackMessages.parse(Map.of("messages_en.properties", "rule.x=broken {terms\n"));

    assertThat(bad.badPatterns())
        .singleElement()
        .asString()
        .startsWith("messages_en.properties: rule.x: ");
    assertThat(bad.format("en", "rule.x", Map.of("terms", "t"))).hasValue("broken {terms");
  }

  @Test
  void aMalformedFileIsAUserErrorNamingIt() {
    assertThatThrownBy(
            () -> PackMessages.parse(Map.of("messages_zh.properties", "rule.x=\\uZZZZ\n")))
        .isInstanceOf(UserErrorException.class)
        .hasMessageStartingWith("rules file messages_zh.properties is not a valid properties file");
  }
}
