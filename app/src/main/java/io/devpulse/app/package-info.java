/**
 * The use cases of devpulse, the one place every front end (the CLI, the benchmarks, a scheduler or a
 * server) calls. Make one {@link io.devpulse.app.Devpulse} per process — it owns the clock and the cache
 * of compiled rule packs — then run a use case with a plain request and read its plain result: {@link
 * io.devpulse.app.ImportFiles} (GitHub JSON files into the index), {@link io.devpulse.app.SyncRepositories}
 * (the live API), {@link io.devpulse.app.Reclassify}, {@link io.devpulse.app.QueryIndex}, {@link
 * io.devpulse.app.ShowStats}, {@link io.devpulse.app.ClassifyFiles}, {@link io.devpulse.app.CheckRules},
 * {@link io.devpulse.app.TestRules}, {@link io.devpulse.app.EvaluateRules} and {@link
 * io.devpulse.app.WriteReport}. Use cases that read the index never write it: given a pack that did not
 * classify it, they read a private copy classified with that pack and say so through {@link
 * io.devpulse.app.IndexNotices}; classifying is the engine's ({@code io.devpulse.classify}); user mistakes are {@link
 * io.devpulse.model.UserErrorException}s with one-line messages.
 */
package io.devpulse.app;
