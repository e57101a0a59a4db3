/**
 * The one seeded random generator of the scripts and tests (mulberry32):
 * small, fast and the same on every machine, so a seed draws the same
 * corpus, photo, page or re-broken text every time.
 */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
