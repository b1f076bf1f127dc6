// @vitest-environment node
import { fnv1a32, parseShard, shardOf } from './shard';

describe('fnv1a32', () => {
  it('matches the published FNV-1a test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes, so every platform agrees on non-ASCII names', () => {
    // "ü" is two bytes in UTF-8: c3 bc.
    let hash = 0x811c9dc5;
    for (const byte of [0xc3, 0xbc]) hash = Math.imul(hash ^ byte, 0x01000193);
    expect(fnv1a32('ü')).toBe(hash >>> 0);
  });
});

describe('shardOf', () => {
  const keys = Array.from({ length: 600 }, (_, i) => `2026/${String(i).padStart(3, '0')}-beitrag.json`);

  it('puts every key in exactly one shard from 1 to n', () => {
    for (const count of [1, 2, 3, 7]) {
      for (const key of keys) {
        const shard = shardOf(key, count);
        expect(shard).toBeGreaterThanOrEqual(1);
        expect(shard).toBeLessThanOrEqual(count);
        expect(shard).toBe((fnv1a32(key) % count) + 1);
      }
    }
  });

  it('spreads keys evenly enough that no machine gets twice its share', () => {
    const sizes = [0, 0, 0];
    for (const key of keys) sizes[shardOf(key, 3) - 1]! += 1;
    for (const size of sizes) expect(size).toBeGreaterThan(100);
  });
});

describe('parseShard', () => {
  it('reads i/n with 1 ≤ i ≤ n', () => {
    expect(parseShard('1/3')).toEqual({ index: 1, count: 3 });
    expect(parseShard('3/3')).toEqual({ index: 3, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it('refuses everything else', () => {
    for (const text of ['0/3', '4/3', '1/0', '3', '1/2/3', '-1/3', '1.5/3', 'a/b', '', '01/3']) {
      expect(parseShard(text), text).toBeNull();
    }
  });
});
