import fs from "node:fs";

const NEWLINE = 0x0a;

/** Appends text to a file in chunks, so a million rows never sit in memory as one string. */
export class ChunkedFile {
  private readonly fd: number;
  private chunk: string[] = [];
  private size = 0;
  private closed = false;

  constructor(
    readonly path: string,
    private readonly chunkChars = 1 << 20,
  ) {
    this.fd = fs.openSync(path, "w");
  }

  write(text: string): void {
    this.chunk.push(text);
    this.size += text.length;
    if (this.size > this.chunkChars) this.flush();
  }

  /** Writes what is left and closes the file; again, does nothing. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    fs.closeSync(this.fd);
  }

  private flush(): void {
    if (this.chunk.length) fs.writeSync(this.fd, this.chunk.join(""));
    this.chunk = [];
    this.size = 0;
  }
}

/**
 * The lines of a file, read a megabyte at a time: a spill file can outgrow what one string may hold. Lines are
 * cut at the newline byte, which no other UTF-8 character contains, so no character is split.
 */
export function* fileLines(file: string): Generator<string> {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(1 << 20);
    let rest = Buffer.alloc(0);
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      const data = rest.length ? Buffer.concat([rest, buffer.subarray(0, read)]) : buffer.subarray(0, read);
      const end = data.lastIndexOf(NEWLINE);
      if (end < 0) {
        rest = Buffer.from(data);
        continue;
      }
      yield* data.toString("utf8", 0, end).split("\n");
      rest = Buffer.from(data.subarray(end + 1));
    }
    if (rest.length) yield rest.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}
