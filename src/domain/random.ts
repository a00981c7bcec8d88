// Seeded pseudo-random numbers (mulberry32): small and fast, so demo data,
// generated test cases and benchmark catalogues are the same on every run.
// Not for anything secret.

/** Numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `xs`, chosen by the next number of `r`. */
export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** An ISO date in [from, from + spanDays), chosen by the next number of `r`. */
export function randomDay(r: () => number, from: string, spanDays: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.floor(r() * spanDays));
  return d.toISOString().slice(0, 10);
}
