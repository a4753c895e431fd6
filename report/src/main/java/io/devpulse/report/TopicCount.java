package io.devpulse.report;

import java.util.Objects;

/**
 * How many window items have a topic as their primary topic, and how many more carry it besides
 * (their primary topic is another, or none).
 */
public record TopicCount(String topic, int count, int mentions) {
  public TopicCount {
    Objects.requireNonNull(topic, "topic");
  }
}
