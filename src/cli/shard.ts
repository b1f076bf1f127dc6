// Sharding for CI matrices: each machine runs `--shard i/n` on the same inputs and keeps its own
// part. The part is decided by a hash of the input's key alone, so machines agree without a shared
// listing order (file systems list directories in different orders) and adding one file moves
// only that file.

/** `--shard i/n`: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

const encoder = new TextEncoder();

/** 32-bit FNV-1a of the text's UTF-8 bytes, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard (1-based) of `count` that the input with this key belongs to. */
export function shardOf(key: string, count: number): number {
  return (fnv1a32(key) % count) + 1;
}

/** Reads `i/n`; null unless both are whole numbers with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard | null {
  const match = /^([1-9]\d{0,5})\/([1-9]\d{0,5})$/.exec(text.trim());
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index <= count ? { index, count } : null;
}
