/**
 * Fixed-size bitsets over listing positions, the core of the finder's facet index: one bitset
 * per facet value, so filtering 10,000 listings is a few hundred word operations.
 */

export type Bitset = Uint32Array;

export function createBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

export function setBit(bits: Bitset, index: number): void {
  bits[index >>> 5]! |= 1 << (index & 31);
}

export function hasBit(bits: Bitset, index: number): boolean {
  return (bits[index >>> 5]! & (1 << (index & 31))) !== 0;
}

/** A bitset with the first `size` bits set. */
export function fullBitset(size: number): Bitset {
  const bits = createBitset(size);
  bits.fill(0xffffffff);
  const extra = bits.length * 32 - size;
  if (extra > 0) bits[bits.length - 1] = 0xffffffff >>> extra;
  return bits;
}

export function or(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

export function and(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

/** Number of set bits. */
export function popcount(bits: Bitset): number {
  let count = 0;
  for (let word of bits) {
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    count += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** popcount(a & b) without allocating. */
export function intersectionCount(a: Bitset, b: Bitset): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    let word = a[i]! & b[i]!;
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    count += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** Positions of the set bits, in order. */
export function indexesOf(bits: Bitset): number[] {
  const out: number[] = [];
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    while (word !== 0) {
      const low = word & -word;
      out.push(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}

/** Base64 of the little-endian bytes: compact in JSON and gzips well. */
export function encodeBitset(bits: Bitset): string {
  const bytes = new Uint8Array(bits.buffer, bits.byteOffset, bits.byteLength);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeBitset(text: string, size: number): Bitset {
  const binary = atob(text);
  const bits = createBitset(size);
  const bytes = new Uint8Array(bits.buffer);
  for (let i = 0; i < binary.length && i < bytes.length; i++) bytes[i] = binary.charCodeAt(i);
  return bits;
}
