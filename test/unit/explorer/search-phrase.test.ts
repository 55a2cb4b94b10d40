import { parsePhrase } from "../../../explorer/src/search/search-phrase";

describe("parsePhrase", () => {
  describe.each([
    ["partners of 上海", { ask: "partners", name: "上海", since: null }],
    ["Partners of Hefei since 2023", { ask: "partners", name: "Hefei", since: 2023 }],
    [
      "show partners of Jiangsu Industrial Technology Research Institute",
      { ask: "partners", name: "Jiangsu Industrial Technology Research Institute", since: null },
    ],
    ["上海的合作伙伴", { ask: "partners", name: "上海", since: null }],
    ["上海的合作夥伴", { ask: "partners", name: "上海", since: null }],
    ["合肥2023年以来的合作伙伴", { ask: "partners", name: "合肥", since: 2023 }],
    ["2021年以來 宿州的夥伴", { ask: "partners", name: "宿州", since: 2021 }],
    ["徐州的合作伙伴（2022年以来）", { ask: "partners", name: "徐州", since: 2022 }],
    ["path from 扬州 to 常州", { ask: "path", from: "扬州", to: "常州" }],
    ["Paths between Yangzhou and Changzhou", { ask: "path", from: "Yangzhou", to: "Changzhou" }],
    ["扬州 到 常州", { ask: "path", from: "扬州", to: "常州" }],
    ["从扬州到常州的路径", { ask: "path", from: "扬州", to: "常州" }],
    ["宿州學院→江淮汽車", { ask: "path", from: "宿州學院", to: "江淮汽車" }],
  ])("%s", (text, phrase) => {
    it("should read the question and its names", () => {
      expect(parsePhrase(text)).toEqual(phrase);
    });
  });

  it.each(["上海", "Suzhou University", "江苏省产业技术研究院", "partners of", " 到 常州", "the path"])(
    "should read %j as a plain name, not a question",
    text => {
      expect(parsePhrase(text)).toBeNull();
    },
  );
});
