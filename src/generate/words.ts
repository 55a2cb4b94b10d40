import { GIVEN_CHARS, PLACE_CHARS, SURNAMES } from "./characters";

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

const SCRAMBLE = 7919;

/**
 * A bijection from 0, 1, 2, … to strings over an alphabet of size L, shortest first (from minLength on),
 * scrambled inside each length so consecutive indices do not read like a counter. Distinct indices
 * always give distinct strings, which is what keeps generated names distinct.
 */
function digits(index: number, alphabet: number, minLength: number): number[] {
  if (gcd(SCRAMBLE, alphabet) !== 1) throw new Error("the scramble factor must be coprime to the alphabet size");
  let length = minLength;
  let size = Math.pow(alphabet, length);
  let i = index;
  while (i >= size) {
    i -= size;
    length += 1;
    size = Math.pow(alphabet, length);
  }
  let j = (i * SCRAMBLE + 17) % size;
  const out: number[] = [];
  for (let k = 0; k < length; k++) {
    out.push(j % alphabet);
    j = Math.floor(j / alphabet);
  }
  return out;
}

export interface PlaceWord {
  name: string;
  pinyin: string;
}

/** A place-like word of at least two characters, with its romanisation ("长淮", "Changhuai"). */
export function placeWord(index: number): PlaceWord {
  const chars = digits(index, PLACE_CHARS.length, 2).map(d => PLACE_CHARS[d]!);
  const pinyin = chars.map(c => c[1]).join("");
  return { name: chars.map(c => c[0]).join(""), pinyin: pinyin.charAt(0).toUpperCase() + pinyin.slice(1) };
}

/** A person's name: a surname and a given name of one to three characters; distinct for distinct indices. */
export function personName(index: number): string {
  const surname = SURNAMES[index % SURNAMES.length]!;
  const given = digits(Math.floor(index / SURNAMES.length), GIVEN_CHARS.length, 1).map(d => GIVEN_CHARS[d]!);
  return surname + given.join("");
}
