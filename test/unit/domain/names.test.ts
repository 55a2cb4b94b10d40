import {
  deriveNames,
  hasHan,
  personNameEn,
  pinyinSyllables,
  searchKey,
  simplifiedOf,
  traditionalOf,
} from "../../../src/domain/names";

describe("script conversion", () => {
  it.each([
    ["徐州", "徐州"],
    ["苏州", "蘇州"],
    ["长三角", "長三角"],
    ["龙城实验室", "龍城實驗室"],
  ])("should turn %s into the Traditional %s and back", (simplified, traditional) => {
    expect(traditionalOf(simplified)).toBe(traditional);
    expect(simplifiedOf(traditional)).toBe(simplified);
  });

  it("should tell Han text from Latin text", () => {
    expect(hasHan("G60科创走廊")).toBe(true);
    expect(hasHan("Xuzhou")).toBe(false);
    expect(hasHan("")).toBe(false);
  });
});

describe("pinyinSyllables", () => {
  it("should give toneless lowercase syllables, one per character", () => {
    expect(pinyinSyllables("徐州")).toEqual(["xu", "zhou"]);
    expect(pinyinSyllables("宿州")).toEqual(["su", "zhou"]);
  });

  it("should write ü as v, as pinyin input methods do", () => {
    expect(pinyinSyllables("绿")).toEqual(["lv"]);
  });

  it("should keep runs of other characters as words", () => {
    expect(pinyinSyllables("G60走廊")).toEqual(["g60", "zou", "lang"]);
  });
});

describe("searchKey", () => {
  it.each([
    ["Xu Zhou", "xuzhou"],
    ["Xúzhōu", "xuzhou"],
    ["Jiangsu Industrial-Technology Research Institute", "jiangsuindustrialtechnologyresearchinstitute"],
    ["蘇州", "苏州"],
    ["中国科学院（上海）", "中国科学院上海"],
    ["O’Neil", "oneil"],
  ])("should fold %s to %s", (text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it("should give a Traditional and a Simplified spelling the same key", () => {
    expect(searchKey("龍城實驗室")).toBe(searchKey("龙城实验室"));
  });
});

describe("deriveNames", () => {
  it("should derive the Traditional form, pinyin and every search key of a name", () => {
    const names = deriveNames("苏州", "Suzhou", ["姑苏"]);
    expect(names.nameHant).toBe("蘇州");
    expect(names.pinyin).toBe("su zhou");
    expect(names.searchKeys.sort()).toEqual(["gusu", "suzhou", "姑苏", "苏州"].sort());
    expect(names.searchKeyText.split("|").filter(Boolean).sort()).toEqual(names.searchKeys.sort());
    expect(names.aliasText.split(" ").sort()).toEqual(["姑苏", "姑蘇"].sort());
    expect(names.pinyinText).toBe("su zhou | gu su");
  });

  it("should leave nameHant null when the Traditional form is the same", () => {
    expect(deriveNames("徐州", null, []).nameHant).toBeNull();
  });

  it("should keep no empty key when the English name folds to nothing", () => {
    const names = deriveNames("徐州", " - ", []);
    expect(names.searchKeys).not.toContain("");
    expect(names.searchKeyText).not.toContain("||");
  });
});

describe("personNameEn", () => {
  it.each([
    ["李克强", "Li Keqiang"],
    ["欧阳修", "Ouyang Xiu"],
    ["单雄信", "Shan Xiongxin"],
    ["张永安", "Zhang Yong'an"],
    ["王红阳", "Wang Hongyang"],
  ])("should write %s as %s: surname first, capitalised, the given name joined", (name, english) => {
    expect(personNameEn(name)).toBe(english);
  });

  it("should leave a name that is not Han as it is", () => {
    expect(personNameEn("Tom Smith")).toBe("Tom Smith");
  });
});
