/** The most of a client's input an error message or extension quotes back. */
export const QUOTE_CHARS = 160;
const MESSAGE_CHARS = 300;

const clipText = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;

/** An error message cut to a readable length: it may quote the input, but never all of a long one. */
export const clipMessage = (message: string): string => clipText(message, MESSAGE_CHARS);

/** Extension values with long strings cut (at any depth), so an error never echoes a large input whole. */
export function clipValues(value: unknown): unknown {
  if (typeof value === "string") return clipText(value, QUOTE_CHARS);
  if (Array.isArray(value)) return value.slice(0, 20).map(clipValues);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clipValues(v)]));
  }
  return value;
}
