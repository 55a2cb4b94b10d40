/**
 * The order to load exported sources in. A fact's `sources` list (and its evidence list) grows in the
 * order its sources were loaded, so a reload must keep, for every fact, the order of its list. Any order
 * that keeps every list's order rebuilds every list exactly: this finds one (Kahn's algorithm), taking
 * sources in id order where the lists leave a choice, so the same graph always exports the same files.
 * A source loaded again after later ones can leave lists that no order satisfies: those are reported,
 * and the loop is broken at the smallest id.
 */
export interface LoadOrder {
  order: string[];
  /** Sources placed against some fact's list: their facts' lists come back in another order. */
  conflicting: string[];
}

export function loadOrder(sources: string[], lists: string[][]): LoadOrder {
  const after = new Map<string, Set<string>>(sources.map(s => [s, new Set()]));
  const waitingFor = new Map<string, number>(sources.map(s => [s, 0]));
  for (const list of lists) {
    for (let i = 1; i < list.length; i++) {
      const [before, next] = [list[i - 1]!, list[i]!];
      const edges = after.get(before);
      if (!edges || !waitingFor.has(next) || before === next || edges.has(next)) continue;
      edges.add(next);
      waitingFor.set(next, waitingFor.get(next)! + 1);
    }
  }
  const order: string[] = [];
  const conflicting: string[] = [];
  const remaining = new Set([...sources].sort());
  while (remaining.size) {
    let next = [...remaining].find(s => waitingFor.get(s) === 0);
    if (next === undefined) {
      next = [...remaining][0]!;
      conflicting.push(next);
    }
    remaining.delete(next);
    order.push(next);
    for (const s of after.get(next)!) waitingFor.set(s, waitingFor.get(s)! - 1);
  }
  return { order, conflicting };
}
