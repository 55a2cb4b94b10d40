import { hashApiKey, KeyRing, parseApiKeys } from "../../../src/auth";
import { loadConfig } from "../../../src/config";

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe("API keys", () => {
  it("should parse role:salt:hash entries and keep no key in clear", () => {
    const entry = hashApiKey("editor", "s3cret-key");
    expect(entry).toMatch(/^editor:[\w-]+:[\w-]{43}$/);
    expect(entry).not.toContain("s3cret-key");
    expect(parseApiKeys(`${entry}, ${hashApiKey("reader", "other")}`).map(k => k.role)).toEqual(["editor", "reader"]);
  });

  it("should refuse malformed entries by position, never echoing them", () => {
    expect(() => parseApiKeys("editor:abc")).toThrow(/entry 1: not three fields/);
    expect(() => parseApiKeys(`${hashApiKey("reader", "k")},root:${"a".repeat(22)}:${"b".repeat(43)}`)).toThrow(
      /entry 2: unknown role "root"/,
    );
    expect(() => parseApiKeys("admin:c2FsdA:c2hvcnQ")).toThrow(/hash must be 32 bytes/);
  });

  it("should refuse plain-text editor keys in the environment", () => {
    expect(() => loadConfig({ INNOGRAPH_EDITOR_KEYS: "plain" })).toThrow(
      /INNOGRAPH_EDITOR_KEYS .* no longer read.*key:hash/,
    );
  });

  it("should give each key its role, the highest when several match, and nothing to unknown keys", async () => {
    const ring = new KeyRing(
      parseApiKeys([hashApiKey("reader", "r"), hashApiKey("admin", "a"), hashApiKey("editor", "a")].join(",")),
    );
    expect(await ring.roleFor(bearer("r"))).toBe("reader");
    expect(await ring.roleFor({ "x-api-key": "a" })).toBe("admin");
    expect(await ring.roleFor(bearer("a"))).toBe("admin"); // remembered: same answer
    expect(await ring.roleFor(bearer("nope"))).toBe("anonymous");
    expect(await ring.roleFor({})).toBe("anonymous");
  });

  it("should keep its memory of checked keys bounded", async () => {
    const ring = new KeyRing(parseApiKeys(hashApiKey("reader", "r")), 4);
    for (let i = 0; i < 20; i++) await ring.roleFor(bearer(`random-${i}`));
    expect((ring as unknown as { known: Map<string, string> }).known.size).toBe(4);
    expect(await ring.roleFor(bearer("r"))).toBe("reader");
  });
});
