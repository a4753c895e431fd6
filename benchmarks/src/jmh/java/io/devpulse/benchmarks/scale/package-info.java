/**
 * The scale corpus: a generator of GitHub API JSON (issues-endpoint items, issue comments, pull
 * request reviews) for 10k to 1M items whose bodies, authors, labels and discussions follow
 * distributions measured on real vLLM data (stated in {@code distributions.properties}, with their
 * provenance), written as a stream so that a million items never sit in memory; and the measures
 * that check a generated corpus against those statements.
 */
package io.devpulse.benchmarks.scale;
