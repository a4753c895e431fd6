package io.devpulse.classify;

/** Keys the CLI writes into the index's commit user data. */
public final class CommitKeys {
  /** When the last import finished (ISO-8601). */
  public static final String LAST_IMPORT = "lastImport";

  /** The fingerprint of the rule set that last classified items. */
  public static final String RULES_FINGERPRINT = "rules.fingerprint";

  /** The fingerprint of the DRL files of those rules ({@code RulePack.drlFingerprint}). */
  public static final String RULES_DRL = "rules.drl";

  /** The term files of those rules, as a JSON object name → text. */
  public static final String RULES_TERMS = "rules.terms";

  /** When the last sync commit was made (ISO-8601). */
  public static final String LAST_SYNC = "lastSync";

  /** When items were last reclassified (ISO-8601). */
  public static final String LAST_CLASSIFY = "lastClassify";

  private CommitKeys() {}
}
