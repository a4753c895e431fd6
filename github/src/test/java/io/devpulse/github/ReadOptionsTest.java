package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Repository;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {

  @Test
  void defaultsDetectTypesHaveNoFallbackAndFailOnBadRecords() {
    assertThat(ReadOptions.defaults()).isEqualTo(new ReadOptions(null, null, false));
  }

  @Test
  void withersChangeOneOptionEach() {
    // given
    Repository repo = Repository.parse("octo/hello");
    // when
    ReadOptions options =
        ReadOptions.defaults()
            .withFallbackRepository(repo)
            .withForcedType(RecordType.REVIEW)
            .withSkipBad(true);
    // then
    assertThat(options).isEqualTo(new ReadOptions(repo, RecordType.REVIEW, true));
  }
}
