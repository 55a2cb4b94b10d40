const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A year, year-month or date (2022, 2022-09, 2022-09-07) that exists in the calendar: no month 13, no 30 February. */
export function isCalendarDate(text: string): boolean {
  const m = SHAPE.exec(text);
  if (!m) return false;
  const [, year, month, day] = m;
  if (month === undefined) return true;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return false;
  if (day === undefined) return true;
  const dd = Number(day);
  // Day 0 of the next month is the last day of this one.
  return dd >= 1 && dd <= new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
}
