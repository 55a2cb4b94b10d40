/**
 * About how many bytes of V8 heap a plain value holds (64-bit, no pointer compression): objects, arrays, Maps,
 * Sets, strings and typed arrays, each object counted once however often it is referenced. An estimate for
 * bounding a cache by memory, not a measurement: heap snapshots of cached partnership networks put it within a
 * factor of about 1.5 of their retained size, on the high side (a string shared by many ties is counted each
 * time, since strings cannot be told apart by identity).
 */
export function approximateBytes(root: unknown): number {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  let bytes = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      // Header, then one byte a character for Latin-1 text and two for anything else (Chinese quotes).
      bytes += 16 + (/[\u0100-\uffff]/.test(value) ? 2 : 1) * value.length;
      continue;
    }
    if (typeof value === "number") {
      bytes += 8;
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (ArrayBuffer.isView(value)) bytes += 64 + value.byteLength;
    else if (Array.isArray(value)) {
      bytes += 32 + 8 * value.length;
      // One push at a time: a spread of a 100,000-tie array would pass the engine's argument limit.
      for (const v of value as unknown[]) stack.push(v);
    } else if (value instanceof Map) {
      // A JSMap and its ordered hash table: about five words an entry.
      bytes += 64 + 40 * value.size;
      for (const [k, v] of value) stack.push(k, v);
    } else if (value instanceof Set) {
      bytes += 64 + 24 * value.size;
      for (const v of value) stack.push(v);
    } else {
      const values = Object.values(value);
      bytes += 24 + 8 * values.length;
      for (const v of values) stack.push(v);
    }
  }
  return bytes;
}
