import { Modality } from "../../../src/domain/fact-meaning";
import { DEFAULT_MODALITIES, modalitiesOf } from "../../../src/domain/graph-scope";

describe("modalitiesOf", () => {
  it.each([[undefined], [null], [[]]])("should count ACTUAL facts only when %p is asked", asked => {
    expect(modalitiesOf(asked)).toEqual([Modality.ACTUAL]);
    expect(modalitiesOf(asked)).toEqual(DEFAULT_MODALITIES);
  });

  it("should echo the modalities asked for, each once, in the order asked", () => {
    expect(modalitiesOf([Modality.PLANNED, Modality.ACTUAL, Modality.PLANNED])).toEqual([
      Modality.PLANNED,
      Modality.ACTUAL,
    ]);
  });
});
