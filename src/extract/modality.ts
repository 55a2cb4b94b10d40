import { Modality } from "../domain/fact-meaning";

// Words that make a clause a stated next step, or a goal; a past marker (已, 了) makes it ACTUAL again.
const PLANNED = /将|拟|计划|下一步|即将|预计|准备/;
const ASPIRATION = /力争|努力|争取|争创|打造|推动|推进|希望|要|依托|致力/;
const DONE = /已经|已|了|成功|正式/;

/** The modality a clause states its facts with (将, 拟, 计划 … PLANNED; 力争, 推动, 依托 … ASPIRATION). */
export function modalityOf(clause: string): Modality {
  if (DONE.test(clause)) return Modality.ACTUAL;
  if (PLANNED.test(clause)) return Modality.PLANNED;
  if (ASPIRATION.test(clause)) return Modality.ASPIRATION;
  return Modality.ACTUAL;
}
