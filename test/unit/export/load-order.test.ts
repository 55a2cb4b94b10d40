import { loadOrder } from "../../../src/export/load-order";

describe("the order exported sources load in", () => {
  it("should keep the order of every fact's sources list, taking ids in order where the lists leave a choice", () => {
    const { order, conflicting } = loadOrder(
      ["src-a", "src-b", "src-c", "src-d"],
      [["src-c", "src-a"], ["src-a", "src-b"], ["src-d"]],
    );
    expect(order).toEqual(["src-c", "src-a", "src-b", "src-d"]);
    expect(conflicting).toEqual([]);
  });

  it("should keep a list's order through sources other lists do not name", () => {
    const lists = [
      ["src-z", "src-m", "src-a"],
      ["src-m", "src-b"],
    ];
    const { order } = loadOrder(["src-a", "src-b", "src-m", "src-z"], lists);
    for (const list of lists) {
      const at = list.map(s => order.indexOf(s));
      expect(at).toEqual([...at].sort((x, y) => x - y));
    }
  });

  it("should report a source no order fits (loaded again after a later one) and still place every source once", () => {
    const { order, conflicting } = loadOrder(
      ["src-a", "src-b"],
      [
        ["src-a", "src-b"],
        ["src-b", "src-a"],
      ],
    );
    expect([...order].sort()).toEqual(["src-a", "src-b"]);
    expect(conflicting).toHaveLength(1);
  });
});
