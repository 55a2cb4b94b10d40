/**
 * About how many bytes of V8 heap a plain value holds (64-bit, no pointer compression): objects, arrays, Maps,
 * Sets, strings and typed arrays, each object counted once however often it is referenced. An estimate for
 * bounding a cache by memory, not a measurement: against heapUsed after a full GC, the 100k generated network's
 * stored ties and default network (56 MB retained) came out at 69 MB, a string shared by many ties being counted
 * each time, since strings cannot be told apart by identity.
 * @param sharedUnder property names whose arrays hold objects another value owns (a built network's strands
 *   are those of the ties it was built from): the array is counted, not what it holds
 */
export function approximateBytes(root: unknown, sharedUnder: ReadonlySet<string> = new Set()): number {
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
      const entries = Object.entries(value);
      bytes += 24 + 8 * entries.length;
      for (const [k, v] of entries) {
        if (sharedUnder.has(k) && Array.isArray(v)) bytes += 32 + 8 * v.length;
        else stack.push(v);
      }
    }
  }
  return bytes;
}
