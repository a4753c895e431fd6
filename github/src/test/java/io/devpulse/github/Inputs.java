package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test inputs: small records of each kind, gzip, fixtures and reading everything from a reader. */
final class Inputs {
  static final String ISSUE =
      """
      {"url":"https://api.github.com/repos/octo/hello/issues/1",\
      "repository_url":"https://api.github.com/repos/octo/hello",\
      "html_url":"https://github.com/octo/hello/issues/1","id":11,"number":1,"title":"Crash on start",\
      "user":{"login":"alice","id":7,"type":"User"},"labels":[{"id":1,"name":"bug"}],"state":"open",\
      "comments":2,"created_at":"2025-12-10T11:00:00Z","updated_at":"2025-12-10T12:00:00Z",\
      "closed_at":null,"author_association":"MEMBER","body":null}""";

  static final String ISSUE_PR =
      """
      {"url":"https://api.github.com/repos/octo/hello/issues/2",\
      "repository_url":"https://api.github.com/repos/octo/hello","number":2,"title":"Fix crash",\
      "user":{"login":"bob","type":"User"},"labels":["bug","v1"],"state":"closed","draft":false,\
      "created_at":"2025-12-10T11:05:00Z","updated_at":"2025-12-10T13:00:00Z",\
      "closed_at":"2025-12-10T13:00:00Z","body":"Fixes #1",\
      "pull_request":{"url":"https://api.github.com/repos/octo/hello/pulls/2",\
      "merged_at":"2025-12-10T13:00:00Z"}}""";

  static final String ISSUE_3 =
      """
      {"url":"https://api.github.com/repos/octo/hello/issues/3","number":3,"title":"Docs",\
      "user":null,"state":"open","created_at":"2025-12-10T11:10:00Z"}""";

  static final String PULL =
      """
      {"url":"https://api.github.com/repos/octo/hello/pulls/4","id":44,"number":4,"state":"closed",\
      "title":"Speed up","user":{"login":"dependabot[bot]","type":"Bot"},"body":null,"labels":[],\
      "created_at":"2025-12-10T11:00:00Z","updated_at":"2025-12-11T09:00:00Z",\
      "closed_at":"2025-12-11T09:00:00Z","merged_at":"2025-12-11T09:00:00Z","draft":true,\
      "head":{"ref":"speed","repo":{"full_name":"fork/hello"}},\
      "base":{"ref":"main","repo":{"full_name":"Octo/Hello"}}}""";

  static final String COMMENT =
      """
      {"url":"https://api.github.com/repos/octo/hello/issues/comments/501",\
      "issue_url":"https://api.github.com/repos/octo/hello/issues/2","id":501,\
      "user":{"login":"carol","type":"User"},"created_at":"2025-12-10T11:30:00Z",\
      "updated_at":"2025-12-10T11:31:00Z","body":"LGTM"}""";

  static final String REVIEW_COMMENT =
      """
      {"url":"https://api.github.com/repos/octo/hello/pulls/comments/601","pull_request_review_id":701,\
      "id":601,"diff_hunk":"@@ -1 +1 @@","path":"a.py",\
      "pull_request_url":"https://api.github.com/repos/octo/hello/pulls/4",\
      "user":{"login":"dave","type":"User"},"created_at":"2025-12-10T12:00:00Z","body":"nit"}""";

  static final String REVIEW =
      """
      {"id":701,"user":{"login":"erin","type":"User"},"body":"","state":"APPROVED",\
      "pull_request_url":"https://api.github.com/repos/octo/hello/pulls/4",\
      "submitted_at":"2025-12-10T12:05:00Z","commit_id":"abc"}""";

  static final Path HOUR = fixture("vllm-2025-12-10-hour");
  static final Path WEEK = fixture("vllm-week-2025-12-12");
  static final Path MERGED = fixture("vllm-merged-prs");

  private Inputs() {}

  static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }

  static byte[] gzip(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static GithubFileReader open(byte[] content, ReadOptions options) throws IOException {
    return GithubFileReader.open(new ByteArrayInputStream(content), "in.json", options);
  }

  static GithubFileReader open(String content, ReadOptions options) throws IOException {
    return open(utf8(content), options);
  }

  static List<ParsedRecord> readAll(GithubFileReader reader) throws IOException {
    List<ParsedRecord> records = new ArrayList<>();
    for (var r = reader.next(); r.isPresent(); r = reader.next()) {
      records.add(r.get());
    }
    return records;
  }

  static List<ParsedRecord> readAll(String content, ReadOptions options) throws IOException {
    try (GithubFileReader reader = open(content, options)) {
      return readAll(reader);
    }
  }

  static List<ParsedRecord> readAll(Path file) throws IOException {
    try (GithubFileReader reader = GithubFileReader.open(file, ReadOptions.defaults())) {
      return readAll(reader);
    }
  }

  static InputStream stream(String content) {
    return new ByteArrayInputStream(utf8(content));
  }

  private static Path fixture(String folder) {
    URL url = Inputs.class.getResource("/fixtures/" + folder + "/README.md");
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
