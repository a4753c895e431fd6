package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.internal.CoverageLedger.StreamEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CoverageLedgerJsonTest {
  private static final String T1 = "2025-12-01T00:00:00Z";
  private static final String T2 = "2025-12-02T00:00:00Z";

  private static List<String> pair(String from, String to) {
    return new ArrayList<>(Arrays.asList(from, to));
  }

  @Test
  void writesWhatItReadsFieldForField() {
    StreamEntry e = new StreamEntry();
    e.synced.add(pair(null, T1));
    e.imported.add(pair(T1, T2));
    e.pending = true;
    e.pendingFrom = T1;
    e.lastSync = T2;
    e.stopped = "rate_limit";
    Map<String, StreamEntry> streams =
        new TreeMap<>(Map.of("issues", e, "comments", new StreamEntry()));

    String json = CoverageLedgerJson.write(streams);
    Map<String, StreamEntry> back = CoverageLedgerJson.read(json);

    assertThat(json)
        .isEqualTo(
            "{\"comments\":{\"synced\":[],\"imported\":[],\"pending\":false,\"pendingFrom\":null,"
                + "\"lastSync\":null,\"stopped\":null},\"issues\":{\"synced\":[[null,\""
                + T1
                + "\"]],\"imported\":[[\""
                + T1
                + "\",\""
                + T2
                + "\"]],\"pending\":true,\"pendingFrom\":\""
                + T1
                + "\",\"lastSync\":\""
                + T2
                + "\",\"stopped\":\"rate_limit\"}}");
    assertThat(back).containsOnlyKeys("comments", "issues");
    assertThat(CoverageLedgerJson.write(back)).isEqualTo(json);
  }

  @Test
  void leavesOutEveryEntryItCannotReadAndKeepsTheOthers() {
    String good =
        "{\"synced\":[[null,\""
            + T1
            + "\"]],\"imported\":[],\"pending\":false,\"pendingFrom\":null,"
            + "\"lastSync\":null,\"stopped\":null}";
    String[] bad = {
      "{\"synced\":[[\"" + T1 + "\"]]}", // a span of one instant
      "{\"synced\":[[\"" + T1 + "\",null]]}", // no end
      "{\"synced\":[[\"yesterday\",\"" + T1 + "\"]]}", // not an instant
      "{\"synced\":[[null,\"" + T1 + "\",\"" + T2 + "\"]]}", // three
      "{\"synced\":[[[1],\"" + T1 + "\"]]}", // nested
      "{\"synced\":\"all\"}",
      "{\"pending\":\"yes\"}",
      "{\"lastSync\":42}",
      "{\"surprise\":true}",
      "[]",
      "7",
    };
    for (String b : bad) {
      Map<String, StreamEntry> read =
          CoverageLedgerJson.read("{\"issues\":" + good + ",\"comments\":" + b + "}");

      assertThat(read).as(b).containsOnlyKeys("issues");
      assertThat(read.get("issues").synced).containsExactly(pair(null, T1));
    }
  }

  @Test
  void aValueThatIsNotOneJsonObjectIsNothing() {
    for (String text :
        new String[] {
          "", "[]", "null", "{\"issues\":{}", "{\"issues\":{\"synced\":[[null,", "{} {}"
        }) {
      assertThat(CoverageLedgerJson.read(text)).as(text).isNull();
    }
    assertThat(CoverageLedgerJson.read("{}")).isEmpty();
  }
}
