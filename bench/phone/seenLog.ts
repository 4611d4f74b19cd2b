// How many times each phone of a worker has received each idea, compactly: hundreds of phones times
// thousands of ideas would be millions of Map entries, so ids are numbered once and counted in bytes.

export class SeenLog {
  private readonly numbers = new Map<string, number>();
  private readonly counts: Uint8Array[] = [];

  numberOf(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(id, n);
    }
    return n;
  }

  add(phone: number, id: string): void {
    const n = this.numberOf(id);
    let counts = this.counts[phone] ?? new Uint8Array(4096);
    if (n >= counts.length) {
      const grown = new Uint8Array(Math.max(n + 1, counts.length * 2));
      grown.set(counts);
      counts = grown;
    }
    this.counts[phone] = counts;
    counts[n] = Math.min(255, counts[n]! + 1);
  }

  count(phone: number, n: number): number {
    return this.counts[phone]?.[n] ?? 0;
  }

  clear(): void {
    this.numbers.clear();
    this.counts.length = 0;
  }
}
