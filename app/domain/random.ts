// mulberry32 (public domain, Tommy Ettinger): a tiny seeded PRNG, uniform in [0, 1).
// The demo seed, the synthetic matching pools and the solver's random tests all draw
// from it, so a run is reproduced by its seed in every JavaScript engine.

export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
