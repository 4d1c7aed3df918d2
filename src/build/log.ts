// Build output kept within a byte budget: the head (where the first errors are) and the last 64 KiB (where make
// says why it stopped), with a line saying how much was left out between them.

const TAIL_BYTES = 64 * 1024;

export class BoundedLog {
  private head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  /** Bytes received in all. */
  total = 0;

  constructor(private readonly maxBytes: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    const headRoom = Math.max(0, this.maxBytes - Math.min(TAIL_BYTES, this.maxBytes / 2)) - this.headBytes;
    if (headRoom > 0) {
      const part = chunk.subarray(0, headRoom);
      this.head.push(part);
      this.headBytes += part.length;
      chunk = chunk.subarray(part.length);
      if (chunk.length === 0) return;
    }
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    const keep = Math.min(TAIL_BYTES, this.maxBytes / 2);
    while (this.tailBytes - this.tail[0].length >= keep) this.tailBytes -= (this.tail.shift() as Buffer).length;
  }

  get truncated(): boolean {
    return this.total > this.headBytes + this.tailBytes;
  }

  /** Bytes left out. */
  get dropped(): number {
    return this.total - this.headBytes - this.tailBytes;
  }

  text(): string {
    const head = Buffer.concat(this.head).toString('utf8');
    const tail = Buffer.concat(this.tail).toString('utf8');
    if (!this.truncated) return head + tail;
    return `${head}\n[lkm-audit: ${this.dropped} bytes of build output left out (limit ${this.maxBytes} bytes)]\n${tail}`;
  }
}
