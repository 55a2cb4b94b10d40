import { BadInputError, LimitExceededError } from "../errors";

/** Larger pages are refused outright: no news article is this long, and matching is linear in the size. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export interface PageInput {
  /** The page as decoded text; every quote is a substring of it. */
  text: string;
  isHtml: boolean;
}

const HTML_START = /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<article|<p[\s>])/i;

/**
 * Decodes a page given as bytes or text and refuses what cannot be one: too large (LIMIT_EXCEEDED),
 * empty, or binary (NUL bytes or bytes that are not UTF-8). `field` names the input in the error.
 */
export function readPage(input: Buffer | string, field: string): PageInput {
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.length;
  if (size > MAX_PAGE_BYTES) throw new LimitExceededError(field, MAX_PAGE_BYTES, size);
  const text = typeof input === "string" ? input : decode(input, field);
  if (text.includes("\u0000")) throw new BadInputError(field, "the page is a binary file, not text");
  if (!text.trim()) throw new BadInputError(field, "the page is empty");
  return { text, isHtml: HTML_START.test(text) };
}

function decode(bytes: Buffer, field: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadInputError(field, "the page is a binary file or not UTF-8 text");
  }
}
