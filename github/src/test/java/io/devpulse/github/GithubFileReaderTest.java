package io.devpulse.github;

import static io.devpulse.github.Inputs.COMMENT;
import static io.devpulse.github.Inputs.ISSUE;
import static io.devpulse.github.Inputs.ISSUE_3;
import static io.devpulse.github.Inputs.ISSUE_PR;
import static io.devpulse.github.Inputs.PULL;
import static io.devpulse.github.Inputs.REVIEW;
import static io.devpulse.github.Inputs.REVIEW_COMMENT;
import static io.devpulse.github.Inputs.readAll;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Comment;
import io.devpulse.model.Entity;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GithubFileReaderTest {
  private static final Repository OCTO = Repository.parse("octo/hello");

  private static String pretty(String... records) {
    try {
      ObjectMapper mapper = new ObjectMapper();
      var array = mapper.createArrayNode();
      for (String r : records) {
        array.add(mapper.readTree(r));
      }
      return mapper
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(records.length == 1 ? array.get(0) : array);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> layouts() {
    Map<String, String> layouts = new LinkedHashMap<>();
    layouts.put("array", "[" + ISSUE + "," + ISSUE_PR + "," + ISSUE_3 + "]");
    layouts.put("pretty array", pretty(ISSUE, ISSUE_PR, ISSUE_3));
    layouts.put("pages run together", "[" + ISSUE + "," + ISSUE_PR + "][" + ISSUE_3 + "]");
    layouts.put("pages on lines", "[" + ISSUE + "]\n[" + ISSUE_PR + "," + ISSUE_3 + "]\n");
    layouts.put("pretty pages", pretty(ISSUE, ISSUE_PR) + "\n\n[ " + pretty(ISSUE_3) + " ]\n");
    layouts.put("slurped pages", "[[" + ISSUE + "," + ISSUE_PR + "],[" + ISSUE_3 + "]]");
    layouts.put("empty page between", "[" + ISSUE + "," + ISSUE_PR + "]\n[]\n[" + ISSUE_3 + "]");
    layouts.put("JSON Lines", ISSUE + "\n" + ISSUE_PR + "\n" + ISSUE_3 + "\n");
    layouts.put(
        "JSON Lines, CRLF, blank lines", "\r\n" + ISSUE + "\r\n\r\n" + ISSUE_PR + "\r\n" + ISSUE_3);
    layouts.put("objects run together", ISSUE + ISSUE_PR + " " + ISSUE_3);
    layouts.put("pretty objects", pretty(ISSUE) + "\n" + pretty(ISSUE_PR) + pretty(ISSUE_3));
    return layouts.entrySet().stream()
        .flatMap(
            e ->
                Stream.of(
                    Arguments.of(e.getKey(), e.getValue().getBytes(UTF_8)),
                    Arguments.of(
                        e.getKey() + ", gzip", Inputs.gzip(e.getValue().getBytes(UTF_8)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void readsEveryLayout(String layout, byte[] content) throws IOException {
    // given a file holding issues #1, #2 (a merged pull request) and #3
    // when
    List<ParsedRecord> records;
    try (GithubFileReader reader = Inputs.open(content, ReadOptions.defaults())) {
      records = readAll(reader);
    }
    // then
    assertThat(records).extracting(r -> ((Item) r.entity()).number()).containsExactly(1, 2, 3);
    assertThat(records)
        .extracting(r -> ((Item) r.entity()).kind())
        .containsExactly(ItemKind.ISSUE, ItemKind.PULL_REQUEST, ItemKind.ISSUE);
    assertThat(records).extracting(r -> r.entity().repository()).containsOnly(OCTO);
    assertThat(records)
        .extracting(ParsedRecord::json)
        .allSatisfy(json -> assertThat(json).doesNotContain("\n"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"single object", "pretty single object", "gzip single object"})
  void readsASingleObject(String layout) throws IOException {
    // given
    String text = layout.startsWith("pretty") ? pretty(ISSUE) : ISSUE;
    byte[] content =
        layout.startsWith("gzip") ? Inputs.gzip(text.getBytes(UTF_8)) : text.getBytes(UTF_8);
    // when
    List<ParsedRecord> records;
    try (GithubFileReader reader = Inputs.open(content, ReadOptions.defaults())) {
      records = readAll(reader);
    }
    // then
    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.entity().key()).isEqualTo("octo/hello#1");
              assertThat(r.position()).isEqualTo(new SourcePosition("in.json", 1, 1, 0));
            });
  }

  @Test
  void mapsAnIssueWithAllItsFields() throws IOException {
    // when
    ParsedRecord record = readAll(ISSUE, ReadOptions.defaults()).get(0);
    // then
    Item item = (Item) record.entity();
    assertThat(item)
        .isEqualTo(
            Item.builder(OCTO, 1, ItemKind.ISSUE)
                .title("Crash on start")
                .body("")
                .author(new Actor("alice", ActorType.USER))
                .labels(List.of("bug"))
                .state(ItemState.OPEN)
                .createdAt(Instant.parse("2025-12-10T11:00:00Z"))
                .updatedAt(Instant.parse("2025-12-10T12:00:00Z"))
                .commentCount(2)
                .authorAssociation("MEMBER")
                .htmlUrl("https://github.com/octo/hello/issues/1")
                .build());
    assertThat(record.json()).isEqualTo(ISSUE);
  }

  @Test
  void keepsUnknownFieldsInTheJsonAndIgnoresThemOtherwise() throws IOException {
    // given a record with fields GitHub may add some day
    String record =
        ISSUE_3.replace(
            "{", "{\"reactions\":{\"+1\":3},\"sub_issues_summary\":[1,2],\"new\":null,");
    // when
    ParsedRecord parsed = readAll(record, ReadOptions.defaults()).get(0);
    // then
    assertThat(parsed.entity().key()).isEqualTo("octo/hello#3");
    assertThat(parsed.json())
        .startsWith("{\"reactions\":{\"+1\":3},\"sub_issues_summary\":[1,2],\"new\":null,");
  }

  @Test
  void storesTheRecordCompactly() throws IOException {
    // when
    ParsedRecord parsed = readAll(pretty(ISSUE_PR), ReadOptions.defaults()).get(0);
    // then
    assertThat(parsed.json()).isEqualTo(ISSUE_PR);
  }

  @Test
  void detectsEachRecordTypeInOneFile() throws IOException {
    // given every kind in one array
    String content = "[" + String.join(",", ISSUE, PULL, COMMENT, REVIEW_COMMENT, REVIEW) + "]";
    // when
    List<Entity> entities =
        readAll(content, ReadOptions.defaults()).stream().map(ParsedRecord::entity).toList();
    // then
    assertThat(entities)
        .extracting(Entity::key)
        .containsExactly(
            "octo/hello#1",
            "octo/hello#4",
            "octo/hello/comment/501",
            "octo/hello/comment/601",
            "octo/hello/review/701");
    assertThat(entities.get(1))
        .isInstanceOfSatisfying(
            Item.class,
            pull -> {
              assertThat(pull.isMerged()).isTrue();
              assertThat(pull.draft()).isTrue();
              assertThat(pull.author().isBot()).isTrue();
              assertThat(pull.repository().fullName()).isEqualTo("Octo/Hello");
            });
    assertThat(entities.get(2))
        .isInstanceOfSatisfying(Comment.class, c -> assertThat(c.itemNumber()).isEqualTo(2));
    assertThat(entities.get(3))
        .isInstanceOfSatisfying(Comment.class, c -> assertThat(c.itemNumber()).isEqualTo(4));
    assertThat(entities.get(4))
        .isInstanceOfSatisfying(
            Review.class,
            r -> {
              assertThat(r.pullNumber()).isEqualTo(4);
              assertThat(r.state()).isEqualTo(ReviewState.APPROVED);
            });
  }

  @Test
  void forcedTypeOverridesDetection() throws IOException {
    // given a pulls-endpoint object, which detection reads with its head and base
    ReadOptions asIssue = ReadOptions.defaults().withForcedType(RecordType.ISSUE);
    // when read as an issues-endpoint item
    Item item = (Item) readAll(PULL, asIssue).get(0).entity();
    // then it has no pull_request object, so it is an issue, and its repository comes from its url
    assertThat(item.kind()).isEqualTo(ItemKind.ISSUE);
    assertThat(item.repository().fullName()).isEqualTo("octo/hello");
  }

  @Test
  void forcedTypeReadsRecordsThatDetectionCannotTell() throws IOException {
    // given a trimmed pull request with neither head/base nor number-only shape issues
    String trimmed = "{\"number\":9,\"state\":\"open\",\"created_at\":\"2025-12-10T11:00:00Z\"}";
    ReadOptions options =
        ReadOptions.defaults().withForcedType(RecordType.PULL).withFallbackRepository(OCTO);
    // when
    Item item = (Item) readAll(trimmed, options).get(0).entity();
    // then
    assertThat(item.kind()).isEqualTo(ItemKind.PULL_REQUEST);
  }

  @Test
  void usesTheFallbackRepositoryOnlyWhenTheRecordNamesNone() throws IOException {
    // given one record without any repository and one with its own
    String anonymous = "{\"number\":9,\"state\":\"open\",\"created_at\":\"2025-12-10T11:00:00Z\"}";
    ReadOptions options =
        ReadOptions.defaults().withFallbackRepository(Repository.parse("other/repo"));
    // when
    List<ParsedRecord> records = readAll(anonymous + "\n" + ISSUE + "\n", options);
    // then
    assertThat(records)
        .extracting(r -> r.entity().key())
        .containsExactly("other/repo#9", "octo/hello#1");
  }

  @Test
  void failsWithoutAnyRepository() {
    String anonymous = "{\"number\":9,\"state\":\"open\",\"created_at\":\"2025-12-10T11:00:00Z\"}";
    assertThatThrownBy(() -> readAll(anonymous, ReadOptions.defaults()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "in.json:1:1 (byte 0): record 1: cannot tell the repository (no repository_url or url);"
                + " use --repo");
  }

  @Nested
  class OnlyRepository {
    private final ReadOptions octoOnly = ReadOptions.defaults().onlyRepository(OCTO);
    private final String vllm = "https://api.github.com/repos/vllm-project/vllm";

    @Test
    void recordsOfTheRequestedRepositoryAreRead() throws IOException {
      assertThat(readAll(ISSUE + "\n" + COMMENT + "\n" + REVIEW + "\n", octoOnly))
          .extracting(r -> r.entity().repository())
          .containsOnly(OCTO);
    }

    @Test
    void anIssueWhoseUrlsNameAnotherRepositoryIsABadRecord() {
      // given a server's answer for octo/hello that is vllm's issue (the defacement of issue #24)
      String defaced = ISSUE.replace("https://api.github.com/repos/octo/hello", vllm);
      // then
      assertThatThrownBy(() -> readAll(defaced, octoOnly))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining(
              "record 1: field 'url': names repository vllm-project/vllm, not octo/hello"
                  + " that was asked for");
    }

    @Test
    void anyUrlNamingAnotherRepositoryIsEnoughAndCaseDoesNotHide() {
      String onlyRepositoryUrl =
          ISSUE.replace(
              "\"repository_url\":\"https://api.github.com/repos/octo/hello\"",
              "\"repository_url\":\"https://api.github.com/repos/VLLM-project/vllm\"");
      String onlyCommentsUrl =
          ISSUE.replace(
              "\"number\":1,", "\"number\":1,\"comments_url\":\"" + vllm + "/issues/1/comments\",");
      String ownCase = ISSUE.replace("repos/octo/hello", "repos/OCTO/Hello");
      assertThatThrownBy(() -> readAll(onlyRepositoryUrl, octoOnly))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("field 'repository_url': names repository VLLM-project/vllm");
      assertThatThrownBy(() -> readAll(onlyCommentsUrl, octoOnly))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("field 'comments_url'");
      assertThatCode(() -> readAll(ownCase, octoOnly)).doesNotThrowAnyException();
    }

    @Test
    void commentsAndReviewsOfAnotherRepositoryAreBadRecords() {
      String comment =
          COMMENT.replace("https://api.github.com/repos/octo/hello/issues/2", vllm + "/issues/2");
      String review = REVIEW.replace("https://api.github.com/repos/octo/hello", vllm);
      assertThatThrownBy(() -> readAll(comment, octoOnly))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("field 'issue_url': names repository vllm-project/vllm");
      assertThatThrownBy(() -> readAll(review, octoOnly))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("field 'pull_request_url': names repository vllm-project/vllm");
    }

    @Test
    void withSkipBadTheyAreCountedAndNeverReturned() throws IOException {
      String defaced = ISSUE.replace("https://api.github.com/repos/octo/hello", vllm);
      try (GithubFileReader reader =
          Inputs.open(defaced + "\n" + ISSUE_3 + "\n", octoOnly.withSkipBad(true))) {
        assertThat(readAll(reader))
            .extracting(r -> r.entity().key())
            .containsExactly("octo/hello#3");
        assertThat(reader.skipped()).isEqualTo(1);
      }
    }

    @Test
    void aUrlNamingNoRepositoryGithubAllowsIsABadRecord() {
      String climbing =
          ISSUE.replace(
              "\"url\":\"https://api.github.com/repos/octo/hello/issues/1\"",
              "\"url\":\"https://api.github.com/repos/../../issues/1\"");
      assertThatThrownBy(() -> readAll(climbing, octoOnly))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining(
              "field 'url': names repository https://api.github.com/repos/../../issues/1");
    }

    @Test
    void aRecordNamingNoRepositoryIsOfTheRequestedOne() throws IOException {
      String anonymous =
          "{\"number\":9,\"state\":\"open\",\"created_at\":\"2025-12-10T11:00:00Z\"}";
      assertThat(readAll(anonymous, octoOnly))
          .extracting(r -> r.entity().key())
          .containsExactly("octo/hello#9");
    }
  }

  @Test
  void aHugeNumberIsShownAndStoredAsWrittenNotAsInfinity() throws IOException {
    String huge = ISSUE.replace("\"number\":1,", "\"number\":1e999999,");
    assertThatThrownBy(() -> readAll(huge, ReadOptions.defaults()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("field 'number': expected a positive integer, got 1E+999999")
        .hasMessageNotContaining("Infinity");
    String score = ISSUE.replace("\"number\":1,", "\"number\":1,\"score\":1e999999,");
    assertThat(readAll(score, ReadOptions.defaults()).get(0).json())
        .contains("\"score\":1E+999999")
        .doesNotContain("Infinity");
  }

  @Nested
  class DuplicateKeys {
    private final String twice =
        ISSUE.replace(
            "\"number\":1,",
            "\"number\":1,\"repository_url\":\"https://api.github.com/repos/vllm-project/vllm\",");

    @Test
    void aKeyTwiceInARecordIsABadRecordInAnArray() {
      assertThatThrownBy(() -> readAll("[" + twice + "]", ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("record 1: duplicate key 'repository_url' in an object");
    }

    @Test
    void aKeyTwiceInANestedObjectIsABadRecordToo() {
      String nested = ISSUE.replace("\"user\":{", "\"user\":{\"login\":\"x\",");
      assertThatThrownBy(() -> readAll(nested, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("duplicate key 'login'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"array", "lines"})
    void skippingPassesOverItAndReadsOn(String layout) throws IOException {
      String content =
          layout.equals("array")
              ? "[" + ISSUE + "," + twice + "," + ISSUE_3 + "]"
              : ISSUE + "\n" + twice + "\n" + ISSUE_3 + "\n";
      try (GithubFileReader reader =
          Inputs.open(content, ReadOptions.defaults().withSkipBad(true))) {
        assertThat(readAll(reader))
            .extracting(r -> r.entity().key())
            .containsExactly("octo/hello#1", "octo/hello#3");
        assertThat(reader.skipped()).isEqualTo(1);
        assertThat(reader.skippedMessages().get(0)).contains("duplicate key 'repository_url'");
      }
    }
  }

  @Nested
  class Fixtures {
    @Test
    void hourHasOneIssueAndFourPullRequests() throws IOException {
      // when
      List<Item> items =
          readAll(Inputs.HOUR.resolve("issues.json")).stream().map(r -> (Item) r.entity()).toList();
      // then
      assertThat(items).hasSize(5);
      assertThat(items).filteredOn(Item::isIssue).extracting(Item::number).containsExactly(30387);
      assertThat(items)
          .filteredOn(Item::isPullRequest)
          .extracting(Item::number)
          .containsExactly(30386, 30385, 30388, 30348);
      assertThat(items)
          .filteredOn(Item::isClosedUnmerged)
          .singleElement()
          .satisfies(
              pr -> {
                assertThat(pr.number()).isEqualTo(30348);
                assertThat(pr.closedAt()).isEqualTo(Instant.parse("2025-12-10T11:59:00Z"));
              });
      assertThat(items).noneMatch(Item::isMerged);
      assertThat(items)
          .extracting(i -> i.repository().fullName())
          .containsOnly("vllm-project/vllm");
      assertThat(items.get(0).labels()).containsExactly("v1");
    }

    @Test
    void hourRecordsKnowWhereTheyStart() throws IOException {
      // when
      List<ParsedRecord> records = readAll(Inputs.HOUR.resolve("issues.json"));
      // then the first object starts on line 2 after "[\n "
      String file = Inputs.HOUR.resolve("issues.json").toString();
      assertThat(records.get(0).position()).isEqualTo(new SourcePosition(file, 2, 2, 3));
    }

    @Test
    void hourHasFourBotComments() throws IOException {
      // when
      List<Comment> comments =
          readAll(Inputs.HOUR.resolve("comments.json")).stream()
              .map(r -> (Comment) r.entity())
              .toList();
      // then
      assertThat(comments).hasSize(4);
      assertThat(comments).allMatch(c -> c.author().isBot());
      assertThat(comments)
          .extracting(Comment::itemNumber)
          .containsExactly(30385, 30385, 30388, 30388);
    }

    @Test
    void weekHas222MergedPullRequests() throws IOException {
      // when
      List<Item> items =
          readAll(Inputs.WEEK.resolve("issues.json")).stream().map(r -> (Item) r.entity()).toList();
      // then
      assertThat(items).hasSize(222).allMatch(Item::isMerged);
      assertThat(items)
          .extracting(i -> i.repository().fullName())
          .containsOnly("vllm-project/vllm");
    }

    @Test
    void mergedPrsHas7080MergedPullRequestsInGzipJsonLines() throws IOException {
      // when
      List<ParsedRecord> records = readAll(Inputs.MERGED.resolve("issues.jsonl.gz"));
      // then
      assertThat(records).hasSize(7080).allMatch(r -> ((Item) r.entity()).isMerged());
      assertThat(records.get(1).position().line()).isEqualTo(2);
      assertThat(records.get(7079).position().line()).isEqualTo(7080);
      assertThat(records).extracting(r -> r.entity().key()).doesNotHaveDuplicates();
    }

    @Test
    void fileNameDoesNotDecideCompression(@TempDir Path dir) throws IOException {
      // given the gzip fixture under a plain name and the plain week fixture under a .gz name
      Path gzipNamedJson = dir.resolve("merged.json");
      Files.copy(Inputs.MERGED.resolve("issues.jsonl.gz"), gzipNamedJson);
      Path plainNamedGz = dir.resolve("week.json.gz");
      Files.copy(Inputs.WEEK.resolve("issues.json"), plainNamedGz);
      // when, then
      assertThat(readAll(gzipNamedJson)).hasSize(7080);
      assertThat(readAll(plainNamedGz)).hasSize(222);
    }
  }

  @Nested
  class BadInput {
    static Stream<Arguments> badFields() {
      return Stream.of(
          Arguments.of(
              "\"number\":1",
              "\"number\":\"abc\"",
              "field 'number': expected a positive integer, got \"abc\""),
          Arguments.of(
              "\"number\":1", "\"number\":0", "field 'number': expected a positive integer, got 0"),
          Arguments.of(
              "\"number\":1",
              "\"number\":1.5",
              "field 'number': expected a positive integer, got 1.5"),
          Arguments.of(
              "\"number\":1",
              "\"number\":3000000000",
              "field 'number': expected a positive integer, got 3000000000"),
          Arguments.of("\"number\":1,", "", "field 'number': missing"),
          Arguments.of(
              "\"created_at\":\"2025-12-10T11:00:00Z\"",
              "\"created_at\":5",
              "field 'created_at': expected an ISO-8601 time, got 5"),
          Arguments.of(
              "\"created_at\":\"2025-12-10T11:00:00Z\"",
              "\"created_at\":\"yesterday\"",
              "field 'created_at': expected an ISO-8601 time, got \"yesterday\""),
          Arguments.of(
              "\"created_at\":\"2025-12-10T11:00:00Z\"",
              "\"created_at\":null",
              "field 'created_at': expected an ISO-8601 time, got null"),
          Arguments.of(
              "\"created_at\":\"2025-12-10T11:00:00Z\",", "", "field 'created_at': missing"),
          Arguments.of(
              "\"closed_at\":null",
              "\"closed_at\":\"2025-13-01T00:00:00Z\"",
              "field 'closed_at': expected an ISO-8601 time, got \"2025-13-01T00:00:00Z\""),
          Arguments.of(
              "\"created_at\":\"2025-12-10T11:00:00Z\"",
              "\"created_at\":\"+999999999-12-31T23:59:59Z\"",
              "field 'created_at': expected a time in the years 1970 to 2099, got \"+999999999-12-31T23:59:59Z\""),
          Arguments.of(
              "\"closed_at\":null",
              "\"closed_at\":\"1969-12-31T23:59:59Z\"",
              "field 'closed_at': expected a time in the years 1970 to 2099, got \"1969-12-31T23:59:59Z\""),
          Arguments.of(
              "\"labels\":[{\"id\":1,\"name\":\"bug\"}]",
              "\"labels\":\"x\"",
              "field 'labels': expected an array of labels, got \"x\""),
          Arguments.of(
              "\"labels\":[{\"id\":1,\"name\":\"bug\"}]",
              "\"labels\":[\"a\",{\"id\":2}]",
              "field 'labels[1].name': expected a string, got nothing"),
          Arguments.of(
              "\"labels\":[{\"id\":1,\"name\":\"bug\"}]",
              "\"labels\":[7]",
              "field 'labels[0]': expected a label object or name, got 7"),
          Arguments.of(
              "\"state\":\"open\"",
              "\"state\":\"merged\"",
              "field 'state': expected \"open\" or \"closed\", got \"merged\""),
          Arguments.of(
              "\"login\":\"alice\"", "\"login\":5", "field 'user.login': expected a string, got 5"),
          Arguments.of(
              "\"user\":{\"login\":\"alice\",\"id\":7,\"type\":\"User\"}",
              "\"user\":\"alice\"",
              "field 'user': expected an object, got \"alice\""),
          Arguments.of(
              "\"comments\":2",
              "\"comments\":-1",
              "field 'comments': expected a non-negative integer, got -1"),
          Arguments.of(
              "\"title\":\"Crash on start\"",
              "\"title\":[\"Crash\"]",
              "field 'title': expected a string, got [\"Crash\"]"),
          Arguments.of(
              "\"repository_url\":\"https://api.github.com/repos/octo/hello\"",
              "\"repository_url\":\"https://example.com/octo\"",
              "field 'repository_url': expected a URL like https://api.github.com/repos/OWNER/NAME/...,"
                  + " got \"https://example.com/octo\""));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badFields")
    void namesTheBadField(String good, String bad, String problem) {
      // given the issue as the second record of a pretty array, with one field spoiled
      String spoiled = ISSUE.replace(good, bad);
      assertThat(spoiled).isNotEqualTo(ISSUE);
      String content = "[\n  " + ISSUE_3 + ",\n  " + spoiled + "\n]\n";
      long byteOffset = 8 + ISSUE_3.length();
      // when, then
      assertThatThrownBy(() -> readAll(content, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage("in.json:3:3 (byte " + byteOffset + "): record 2: " + problem);
    }

    @Test
    void cutsLongValuesAndKeepsTheMessageOnOneLine() {
      // given a title that is an object with a long, multi-line text
      String bad =
          ISSUE.replace(
              "\"title\":\"Crash on start\"",
              "\"title\":{\"text\":\"" + "long ".repeat(20) + "\\nsecond line\"}");
      // when, then
      assertThatThrownBy(() -> readAll(bad, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "in.json:1:1 (byte 0): record 1: field 'title': expected a string, got "
                  + "{\"text\":\"long long long long long long long long long long l...");
    }

    @Test
    void truncatedArrayIsFatalAndSaysWhere() throws IOException {
      // given the hour's issues cut after the third record
      String full = Files.readString(Inputs.HOUR.resolve("issues.json"));
      int cut = full.indexOf("\n {", full.indexOf("\"number\": 30387"));
      String truncated = full.substring(0, cut + 1);
      long lines = truncated.chars().filter(c -> c == '\n').count();
      // when
      try (GithubFileReader reader =
          Inputs.open(truncated, ReadOptions.defaults().withSkipBad(true))) {
        // then the records before the cut are read, the cut is fatal even when skipping
        assertThat(reader.next()).isPresent();
        assertThat(reader.next()).isPresent();
        assertThat(reader.next()).isPresent();
        assertThatThrownBy(reader::next)
            .isInstanceOf(BadInputException.class)
            .hasMessage(
                "in.json:"
                    + (lines + 1)
                    + ":1 (byte "
                    + truncated.getBytes(UTF_8).length
                    + "): truncated JSON:"
                    + " unexpected end of input inside an array");
      }
    }

    @Test
    void truncatedRecordSaysInsideAnObject() {
      String content =
          "[" + ISSUE + "," + ISSUE_3.substring(0, ISSUE_3.indexOf("\"number\":3,") + 11);
      assertThatThrownBy(() -> readAll(content, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "in.json:1:"
                  + (content.length() + 1)
                  + " (byte "
                  + content.length()
                  + "): truncated JSON: unexpected end of input inside an object");
    }

    @Test
    void truncatedStringSaysInsideAString() {
      String content = "[" + ISSUE_3.substring(0, 25);
      assertThatThrownBy(() -> readAll(content, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "in.json:1:27 (byte 26): truncated JSON: unexpected end of input inside a string");
    }

    @Test
    void garbledArrayIsFatalEvenWhenSkipping() {
      String content = "[\n" + ISSUE + ",\n{\"number\": 2,, }\n]";
      assertThatThrownBy(() -> readAll(content, ReadOptions.defaults().withSkipBad(true)))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "in.json:3:14 (byte "
                  + (ISSUE.length() + 17)
                  + "): malformed JSON: Unexpected"
                  + " character (',' (code 44)): was expecting double-quote to start field name");
    }

    @Test
    void garbledLineOfJsonLinesSaysWhere() {
      String content = ISSUE + "\n" + ISSUE_PR + "\n{\"number\": 3, oops}\n" + ISSUE_3 + "\n";
      long lineStart = ISSUE.length() + ISSUE_PR.length() + 2;
      assertThatThrownBy(() -> readAll(content, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "in.json:3:15 (byte "
                  + (lineStart + 14)
                  + "): record 3: malformed JSON: Unexpected"
                  + " character ('o' (code 111)): was expecting double-quote to start field name");
    }

    @Test
    void unknownShapeNeedsAType() {
      String content = "{\"id\": 5, \"name\": \"something else\"}";
      assertThatThrownBy(() -> readAll(content, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "in.json:1:1 (byte 0): record 1: cannot tell the record type from its fields (id, name);"
                  + " use --type");
    }

    @Test
    void emptyInputSaysEmptyNotZeroRecords() {
      for (String content : List.of("", " \n\t\r\n")) {
        assertThatThrownBy(() -> readAll(content, ReadOptions.defaults().withSkipBad(true)))
            .isInstanceOf(BadInputException.class)
            .hasMessage("in.json: empty");
      }
    }

    @Test
    void emptyArrayIsZeroRecordsNotAnError() throws IOException {
      assertThat(readAll("[]", ReadOptions.defaults())).isEmpty();
    }

    @Test
    void githubErrorBodySaysSoWhateverTheTypeOrSkipping() {
      String body =
          "{\"message\":\"Bad credentials\",\"documentation_url\":"
              + "\"https://docs.github.com/rest\",\"status\":\"401\"}";
      for (ReadOptions options :
          List.of(
              ReadOptions.defaults(),
              ReadOptions.defaults().withSkipBad(true),
              ReadOptions.defaults().withForcedType(RecordType.ISSUE))) {
        assertThatThrownBy(() -> readAll(body, options))
            .isInstanceOf(BadInputException.class)
            .hasMessage("in.json: a GitHub error response: Bad credentials");
      }
    }

    @Test
    void arrayOfNonObjectsIsARecordProblem() {
      assertThatThrownBy(() -> readAll("[" + ISSUE + ", 42]", ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "in.json:1:"
                  + (ISSUE.length() + 4)
                  + " (byte "
                  + (ISSUE.length() + 3)
                  + "): record 2: expected a JSON object, got 42");
    }

    @Test
    void truncatedGzipSaysSo() {
      byte[] gz = Inputs.gzip(("[" + ISSUE + "," + ISSUE_PR + "]").getBytes(UTF_8));
      byte[] cut = Arrays.copyOf(gz, gz.length - 30);
      assertThatThrownBy(
              () -> {
                try (GithubFileReader reader = Inputs.open(cut, ReadOptions.defaults())) {
                  readAll(reader);
                }
              })
          .isInstanceOf(BadInputException.class)
          .hasMessageStartingWith("in.json: truncated gzip data (after ");
    }

    @Test
    void missingFileSaysSo(@TempDir Path dir) {
      Path missing = dir.resolve("nope.json");
      assertThatThrownBy(() -> GithubFileReader.open(missing, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage(missing + ": no such file");
      assertThatThrownBy(() -> GithubFileReader.open(dir, ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessage(dir + ": is a directory, not a file");
    }
  }

  @Nested
  class SkipBad {
    private final ReadOptions skipping = ReadOptions.defaults().withSkipBad(true);

    @Test
    void skipsAndCountsBadRecordsAndGarbledLines() throws IOException {
      // given JSON Lines with a bad field, a garbled line, an unknown shape and a non-object
      List<String> lines =
          List.of(
              ISSUE,
              ISSUE_PR.replace("\"number\":2", "\"number\":\"two\""),
              "{\"number\": 3,",
              "{\"something\": true}",
              "[1]",
              ISSUE_3);
      String content = String.join("\n", lines) + "\n";
      long[] starts = new long[lines.size()];
      for (int i = 1; i < starts.length; i++) {
        starts[i] = starts[i - 1] + lines.get(i - 1).length() + 1;
      }
      // when
      try (GithubFileReader reader = Inputs.open(content, skipping)) {
        List<ParsedRecord> records = readAll(reader);
        // then
        assertThat(records)
            .extracting(r -> r.entity().key())
            .containsExactly("octo/hello#1", "octo/hello#3");
        assertThat(records.get(1).position())
            .isEqualTo(new SourcePosition("in.json", 6, 1, starts[5]));
        assertThat(reader.skipped()).isEqualTo(4);
        assertThat(reader.skippedMessages())
            .containsExactly(
                "in.json:2:1 (byte "
                    + starts[1]
                    + "): record 2: field 'number':"
                    + " expected a positive integer, got \"two\"",
                "in.json:3:14 (byte "
                    + (starts[2] + 13)
                    + "): record 3:"
                    + " truncated JSON: unexpected end of input inside an object",
                "in.json:4:1 (byte "
                    + starts[3]
                    + "): record 4:"
                    + " cannot tell the record type from its fields (something); use --type",
                "in.json:5:1 (byte " + starts[4] + "): record 5: expected a JSON object, got [1]");
      }
    }

    @Test
    void skipsRecordsDatedOutsideTheYears1970To2099() throws IOException {
      // given an issue updated in year 999,999,999, a pull request closed before 1970 and a good
      // issue
      List<String> lines =
          List.of(
              ISSUE.replace("2025-12-10T12:00:00Z", "+999999999-12-31T23:59:59Z"),
              ISSUE_PR.replace(
                  "\"closed_at\":\"2025-12-10T13:00:00Z\"",
                  "\"closed_at\":\"1900-01-01T00:00:00Z\""),
              ISSUE_3);
      String content = String.join("\n", lines) + "\n";
      // when
      try (GithubFileReader reader = Inputs.open(content, skipping)) {
        List<ParsedRecord> records = readAll(reader);
        // then
        assertThat(records).extracting(r -> r.entity().key()).containsExactly("octo/hello#3");
        assertThat(reader.skippedMessages())
            .containsExactly(
                "in.json:1:1 (byte 0): record 1: field 'updated_at': expected a time in the years 1970 to 2099,"
                    + " got \"+999999999-12-31T23:59:59Z\"",
                "in.json:2:1 (byte "
                    + (lines.get(0).length() + 1)
                    + "): record 2: field 'closed_at': expected a"
                    + " time in the years 1970 to 2099, got \"1900-01-01T00:00:00Z\"");
      }
    }

    @Test
    void keepsTheFirstTwentyMessages() throws IOException {
      // given 25 bad records in an array
      String bad = ISSUE_3.replace("\"number\":3", "\"number\":-3");
      String content = "[" + String.join(",", Collections.nCopies(25, bad)) + "," + ISSUE + "]";
      // when
      try (GithubFileReader reader = Inputs.open(content, skipping)) {
        List<ParsedRecord> records = readAll(reader);
        // then
        assertThat(records).hasSize(1);
        assertThat(reader.skipped()).isEqualTo(25);
        assertThat(reader.skippedMessages()).hasSize(20);
        assertThat(reader.skippedMessages().get(19)).contains("record 20: field 'number'");
      }
    }
  }

  @Nested
  class Streaming {
    /** An endless page: "[" then the same record again and again; counts what it hands out. */
    static final class EndlessArray extends InputStream {
      private final byte[] head;
      private final byte[] repeated;
      private long served;
      private int position;
      private boolean started;

      EndlessArray(String open, String record, String separator) {
        head = open.getBytes(UTF_8);
        repeated = (record + separator).getBytes(UTF_8);
      }

      @Override
      public int read() {
        if (head.length == 0) {
          started = true;
        }
        byte[] current = started ? repeated : head;
        int b = current[position++];
        if (position == current.length) {
          position = 0;
          started = true;
        }
        served++;
        return b & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
          buffer[offset + i] = (byte) read();
        }
        return length;
      }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"array", "JSON Lines"})
    @Timeout(10)
    void returnsTheFirstRecordsWithoutReadingEverything(String layout) throws IOException {
      // given an input that never ends
      EndlessArray endless =
          layout.equals("array")
              ? new EndlessArray("[", ISSUE, ",\n")
              : new EndlessArray("", ISSUE, "\n");
      // when
      try (GithubFileReader reader =
          GithubFileReader.open(endless, "endless.json", ReadOptions.defaults())) {
        for (int i = 0; i < 1000; i++) {
          assertThat(reader.next()).isPresent();
        }
        // then only about the records asked for (plus buffers) was read
        assertThat(endless.served).isLessThan(1000L * (ISSUE.length() + 2) + 256 * 1024);
      }
    }
  }
}
