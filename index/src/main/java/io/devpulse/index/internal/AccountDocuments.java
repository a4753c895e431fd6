package io.devpulse.index.internal;

import static io.devpulse.index.internal.IndexFields.AUTHOR;
import static io.devpulse.index.internal.IndexFields.AUTHOR_TYPE;
import static io.devpulse.index.internal.IndexFields.BOT;
import static io.devpulse.index.internal.IndexFields.DOC_TYPE;
import static io.devpulse.index.internal.IndexFields.EVIDENCE;
import static io.devpulse.index.internal.IndexFields.FINGERPRINT;
import static io.devpulse.index.internal.IndexFields.KEY;
import static io.devpulse.index.internal.IndexFields.TYPE_ACCOUNT;

import io.devpulse.index.AccountVerdict;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;

/**
 * Maps the rules' bot-or-human verdict on one account to a document and back: one per login
 * (folded), replaced whenever the account is judged again, so the index answers "who is a bot"
 * without Drools.
 */
public final class AccountDocuments {
  public static final Set<String> STORED_FIELDS =
      Set.of(AUTHOR, AUTHOR_TYPE, BOT, EVIDENCE, FINGERPRINT);

  private AccountDocuments() {}

  public static Term key(String login) {
    return new Term(KEY, "account:" + IndexFields.fold(login));
  }

  public static Document toDocument(AccountVerdict verdict) {
    Document doc = new Document();
    doc.add(new StringField(DOC_TYPE, TYPE_ACCOUNT, Field.Store.NO));
    doc.add(new StringField(KEY, key(verdict.account().login()).text(), Field.Store.NO));
    CommentDocuments.addAuthor(doc, verdict.account());
    // The stored flag is the verdict; the indexed one too, so queries and stats can filter by it.
    doc.removeFields(BOT);
    IndexFields.addFlag(doc, BOT, verdict.bot());
    doc.add(new StoredField(EVIDENCE, verdict.rule()));
    doc.add(new StringField(FINGERPRINT, IndexFields.fold(verdict.fingerprint()), Field.Store.YES));
    return doc;
  }

  public static AccountVerdict toVerdict(Document doc) {
    return new AccountVerdict(
        new Actor(doc.get(AUTHOR), ActorType.valueOf(doc.get(AUTHOR_TYPE))),
        Boolean.parseBoolean(doc.get(BOT)),
        doc.get(EVIDENCE),
        doc.get(FINGERPRINT));
  }
}
