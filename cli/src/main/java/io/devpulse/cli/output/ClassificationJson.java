package io.devpulse.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Finding;
import io.devpulse.model.Item;
import java.util.Locale;

/**
 * One classified item as {@code classify --format jsonl} prints it: {@code
 * {"repo","number","topics":[...],"primary","priority","findings":[{"kind","values":{...},"rule",
 * "evidence"}...],"evidence":[{"kind","label","rule","text"}...]}}; {@code primary} is null when
 * the rules named no main topic.
 */
public final class ClassificationJson {
  private ClassificationJson() {}

  public static ObjectNode of(Item item, Classification c) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("repo", item.repository().fullName());
    node.put("number", item.number());
    c.topics().forEach(node.putArray("topics")::add);
    if (c.primary().isEmpty()) {
      node.putNull("primary");
    } else {
      node.put("primary", c.primary());
    }
    node.put("priority", c.priority().key());
    ArrayNode findings = node.putArray("findings");
    for (Finding f : c.findings()) {
      ObjectNode o = findings.addObject();
      o.put("kind", f.kind());
      ObjectNode values = o.putObject("values");
      f.values().forEach(values::put);
      o.put("rule", f.rule());
      o.put("evidence", f.evidence().text());
    }
    ArrayNode evidence = node.putArray("evidence");
    for (Evidence e : c.evidence()) {
      evidence
          .addObject()
          .put("kind", e.kind().name().toLowerCase(Locale.ROOT))
          .put("label", e.label())
          .put("rule", e.rule())
          .put("text", e.text());
    }
    return node;
  }
}
