package io.devpulse.github;

import io.devpulse.model.Repository;

/**
 * How {@link GithubFileReader} reads a file.
 *
 * @param fallbackRepository the repository of records that name none (the CLI's {@code --repo});
 *     null for none, so that such a record is an error
 * @param forcedType read every record as this type instead of telling it from its fields (the CLI's
 *     {@code --type}); null to detect each record's type
 * @param skipBad skip and count records with bad fields (and garbled lines of JSON Lines) instead
 *     of failing; a syntax error inside a JSON array still fails, since the rest cannot be found
 *     reliably
 * @param requiredRepository the only repository a record may belong to or name in its URLs (a
 *     sync's repository); a record of another one is a bad record. Null for any (a file may hold
 *     several)
 */
public record ReadOptions(
    Repository fallbackRepository,
    RecordType forcedType,
    boolean skipBad,
    Repository requiredRepository) {

  public ReadOptions(Repository fallbackRepository, RecordType forcedType, boolean skipBad) {
    this(fallbackRepository, forcedType, skipBad, null);
  }

  /** No fallback repository, types detected, first bad record fails. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, null, false);
  }

  public ReadOptions withFallbackRepository(Repository repository) {
    return new ReadOptions(repository, forcedType, skipBad, requiredRepository);
  }

  public ReadOptions withForcedType(RecordType type) {
    return new ReadOptions(fallbackRepository, type, skipBad, requiredRepository);
  }

  public ReadOptions withSkipBad(boolean skip) {
    return new ReadOptions(fallbackRepository, forcedType, skip, requiredRepository);
  }

  /** Records of {@code repository} only, which is also the fallback: what a sync of it reads. */
  public ReadOptions onlyRepository(Repository repository) {
    return new ReadOptions(repository, forcedType, skipBad, repository);
  }
}
