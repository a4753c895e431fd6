/**
 * The use cases of devpulse, the one place every front end (the CLI, the benchmarks, a scheduler or
 * a server) calls. Make one {@link io.devpulse.app.Devpulse} per process — it owns the clock and
 * the cache of compiled rule packs — then run a use case: each has the one shape {@code Result
 * run(Request)} with its own nested {@code Request} and {@code Result} records, and whatever a use
 * case tells as it goes (a listener, {@link io.devpulse.app.IndexNotices}) is a field of its {@code
 * Request}. Bringing data in: {@link io.devpulse.app.ImportFiles} (GitHub JSON files into the
 * index), {@link io.devpulse.app.SyncRepositories} (the live API). Classifying: {@link
 * io.devpulse.app.Reclassify}, {@link io.devpulse.app.ClassifyFiles} (a dry run on files). Reading:
 * {@link io.devpulse.app.QueryIndex}, {@link io.devpulse.app.ShowStats}, {@link
 * io.devpulse.app.WriteReport}, {@link io.devpulse.app.CatchUpReports}, {@link
 * io.devpulse.app.BuildSite}. Editing rules: {@link io.devpulse.app.InitRules}, {@link
 * io.devpulse.app.CheckRules}, {@link io.devpulse.app.TestRules}, {@link
 * io.devpulse.app.DiffRules}, {@link io.devpulse.app.WatchRules}, {@link
 * io.devpulse.app.EvaluateRules}. Use cases that read the index never write it: given a pack that
 * did not classify it, they read a private copy classified with that pack and say so through {@link
 * io.devpulse.app.IndexNotices}; classifying is the engine's ({@code io.devpulse.classify}), which
 * a use case enters with the pack it was given ({@code app.rules().engine(pack)}, a {@code
 * classify.Engine}). Every request carries its pack as the engine's {@code classify.Pack} (origin,
 * fingerprint, what a report says of it), so a use case that opens the index uses no type of the
 * rules; only {@link io.devpulse.app.CheckRules} and {@link io.devpulse.app.TestRules}, which run
 * the rules without an index, take the pack's files out of it, and {@link
 * io.devpulse.app.InitRules} writes the built-in pack's files out. User mistakes are {@link
 * io.devpulse.model.UserErrorException}s with one-line messages.
 */
package io.devpulse.app;
