import { nameIn } from "../../src/domain/display-name";
import { AttendeeRole, HostRole, Modality, OfficeRole, PartyRole, SpeakerRole } from "../../src/domain/fact-meaning";
import { simplifiedOf, traditionalOf } from "../../src/domain/names";
import {
  Lang,
  MEANING_NAMES,
  RELATION_WORDING,
  relationSentence,
  ROLE_NAMES,
  type Names,
} from "../../src/domain/relation-labels";
import { RELATION_TYPES } from "../../src/domain/relation-type";

const HAN = /\p{Script=Han}/u;

/** Three names a person can read: Chinese in both scripts (checked against OpenCC), English without Han characters. */
function expectThreeNames(names: Names | undefined): void {
  expect(names).toBeDefined();
  const { ZH_HANS, ZH_HANT, EN } = names!;
  expect(ZH_HANS).toMatch(HAN);
  expect(ZH_HANT).toMatch(HAN);
  expect(simplifiedOf(ZH_HANT)).toBe(ZH_HANS);
  expect(traditionalOf(ZH_HANT)).toBe(ZH_HANT);
  expect(EN).toMatch(/^[\x20-\x7e]+$/);
}

const ROLES = [HostRole, SpeakerRole, AttendeeRole, PartyRole, OfficeRole].flatMap(e => Object.values(e) as string[]);

describe("relationship and role names", () => {
  describe.each(RELATION_TYPES)("%s", type => {
    const w = RELATION_WORDING[type];

    it("should have a name in each language for each direction", () => {
      expectThreeNames(w?.forward);
      expectThreeNames(w?.backward);
    });

    it("should have a sentence for each modality in each language, planned and aspirational facts worded as such", () => {
      for (const modality of Object.values(Modality)) {
        const t = w!.sentence[modality];
        for (const lang of Object.values(Lang)) {
          expect(t[lang]).toContain("{a}");
          expect(t[lang]).toContain("{b}");
        }
        expect(simplifiedOf(t.ZH_HANT)).toBe(t.ZH_HANS);
      }
      expect(w!.sentence.PLANNED.ZH_HANS).toContain("将");
      expect(w!.sentence.PLANNED.EN).toContain("plans to");
      expect(w!.sentence.ASPIRATION.EN).toContain("aims to");
      expect(w!.sentence.ACTUAL.EN).not.toMatch(/plans to|aims to/);
    });

    it("should read a step as a sentence with both names and no type id", () => {
      for (const lang of Object.values(Lang)) {
        const s = relationSentence(type, "扬州", "常州", lang);
        expect(s).toContain("扬州");
        expect(s).toContain("常州");
        expect(s).not.toContain(type);
        expect(s).not.toMatch(/[—←→]/);
      }
    });
  });

  it.each(ROLES)("should name the role %s in each language", role => expectThreeNames(ROLE_NAMES[role]));

  it("should name every modality in each language", () => {
    for (const m of Object.values(Modality)) expectThreeNames(MEANING_NAMES[m]);
  });

  it("should word a planned cooperation as planned", () => {
    expect(relationSentence("COOPERATES_WITH", "扬州", "常州", Lang.ZH_HANS, Modality.PLANNED)).toBe(
      "扬州将与常州合作",
    );
    expect(relationSentence("COOPERATES_WITH", "Yangzhou", "Changzhou", Lang.EN, Modality.PLANNED)).toBe(
      "Yangzhou plans to cooperate with Changzhou",
    );
  });

  it("should fall back to the Chinese name with its pinyin in English, never to an id", () => {
    const e = { name: "宿州学院", nameEn: null };
    expect(nameIn(e, Lang.EN)).toBe("宿州学院 (Su zhou xue yuan)");
    expect(nameIn({ name: "宿州学院", nameEn: "Suzhou University" }, Lang.EN)).toBe("Suzhou University");
    expect(nameIn(e, Lang.ZH_HANT)).toBe("宿州學院");
  });
});
