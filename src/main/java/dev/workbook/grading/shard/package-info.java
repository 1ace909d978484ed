/**
 * Grading beyond one machine: {@link dev.workbook.grading.shard.Shard} splits a batch deterministically by the hash of
 * each submission's name ({@code --shard i/n}), and {@link dev.workbook.grading.shard.Merge} joins the shards' output
 * directories into the one a single run would have written.
 */
package dev.workbook.grading.shard;
