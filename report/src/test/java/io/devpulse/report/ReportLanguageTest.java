package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportLanguageTest {
  @Test
  void parsesLanguagesAndRegions() {
    assertThat(ReportLanguage.parse("zh")).isEqualTo(ReportLanguage.ZH);
    assertThat(ReportLanguage.parse("zh_CN")).isEqualTo(ReportLanguage.ZH);
    assertThat(ReportLanguage.parse("EN-us")).isEqualTo(ReportLanguage.EN);
    assertThat(ReportLanguage.ZH.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void rejectsOthers() {
    assertThatThrownBy(() -> ReportLanguage.parse("fr"))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("language (fr) must be zh or en");
  }
}
