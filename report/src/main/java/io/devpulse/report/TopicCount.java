package io.devpulse.report;

import java.util.Objects;

/** How many window items carry a topic. */
public record TopicCount(String topic, int count) {
  public TopicCount {
    Objects.requireNonNull(topic, "topic");
  }
}
