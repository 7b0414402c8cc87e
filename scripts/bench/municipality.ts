// A seeded batch-assignment instance shaped like a rural Danish municipality (think
// Ringkøbing-Skjern: one main town, a handful of market towns, many villages, people
// in between). Self-contained on purpose: it feeds the `solve` benchmark only.
import KDBush from "kdbush";
import { around, distance } from "geokdbush";
import type { AssignmentProblem } from "../../app/domain/matching/assignment";
import { mulberry32 as prng } from "../../app/domain/random";

// Interests with rough shares among older citizens and volunteers in the screening data
// the coordinators described: coffee and walks are common, chess and choir rare.
const INTERESTS: [string, number][] = [
  ["kaffe og snak", 0.3], ["gåture", 0.25], ["havearbejde", 0.2], ["kortspil", 0.15],
  ["håndarbejde", 0.12], ["lokalhistorie", 0.08], ["madlavning", 0.1], ["fiskeri", 0.06],
  ["musik", 0.08], ["læsning", 0.12], ["fodbold", 0.06], ["kor", 0.04], ["skak", 0.03],
  ["billard", 0.04], ["kirke", 0.08],
];
const SLOTS = 21; // 7 days × morning, afternoon, evening

interface Town {
  lat: number;
  lng: number;
  share: number;
  spreadKm: number;
}

export interface MunicipalityOptions {
  seed: number;
  citizens: number;
  volunteers: number;
}

export function generateMunicipality({ seed, citizens, volunteers }: MunicipalityOptions): AssignmentProblem {
  const random = prng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centre = { lat: 56.05, lng: 8.5 };
  const kmLat = 1 / 111.2;
  const kmLng = 1 / (111.2 * Math.cos((centre.lat * Math.PI) / 180));

  // One main town, 6 market towns, 20 villages; 12 % of people live in the open country.
  const towns: Town[] = [{ lat: centre.lat, lng: centre.lng, share: 0.22, spreadKm: 4 }];
  const place = (count: number, share: number, spreadKm: number, radiusKm: number) => {
    for (let i = 0; i < count; i++) {
      const angle = random() * 2 * Math.PI;
      const r = radiusKm * (0.3 + 0.7 * random());
      towns.push({
        lat: centre.lat + Math.sin(angle) * r * kmLat,
        lng: centre.lng + Math.cos(angle) * r * kmLng,
        share: share / count,
        spreadKm,
      });
    }
  };
  place(6, 0.3, 3, 30);
  place(24, 0.33, 1.5, 38);
  const rural = 0.15;

  const where = () => {
    let pick = random();
    if (pick < rural) {
      return { lat: centre.lat + (random() - 0.5) * 80 * kmLat, lng: centre.lng + (random() - 0.5) * 80 * kmLng };
    }
    pick = (pick - rural) / (1 - rural);
    let town = towns[0]!;
    for (const t of towns) {
      town = t;
      pick -= t.share;
      if (pick < 0) break;
    }
    return { lat: town.lat + gauss() * town.spreadKm * kmLat, lng: town.lng + gauss() * town.spreadKm * kmLng };
  };
  const interests = () => {
    let mask = 0;
    INTERESTS.forEach(([, share], i) => {
      if (random() < share) mask |= 1 << i;
    });
    return mask;
  };
  const slots = (count: number) => {
    let mask = 0;
    for (let i = 0; i < count; i++) mask |= 1 << Math.floor(random() * SLOTS);
    return mask;
  };

  const people = Array.from({ length: citizens }, (_, i) => ({
    id: `c${i + 1}`,
    ...where(),
    interests: interests(),
    slots: slots(3 + Math.floor(random() * 6)),
    // Wheelchair (≈ 8 %) or walker (≈ 15 %) users need a volunteer who drives.
    needsCar: random() < 0.23,
    // About one in six asks for a woman; seven in ten volunteers are women.
    wantsWoman: random() < 0.17,
  }));
  const helpers = Array.from({ length: volunteers }, (_, i) => ({
    id: `v${i + 1}`,
    ...where(),
    interests: interests(),
    slots: slots(3 + Math.floor(random() * 8)),
    // Most volunteers visit close to home; a few drive far.
    radiusKm: 2 + 13 * random() ** 3,
    woman: random() < 0.7,
    car: random() < 0.6,
    capacity: 1 + Math.floor(random() * 3),
  }));

  const index = new KDBush(people.length);
  for (const p of people) index.add(p.lng, p.lat);
  index.finish();

  const edges: AssignmentProblem["edges"] = [];
  for (const v of helpers) {
    for (const c of around(index, v.lng, v.lat, Infinity, v.radiusKm)) {
      const p = people[c]!;
      if ((p.slots & v.slots) === 0 || (p.needsCar && !v.car) || (p.wantsWoman && !v.woman)) continue;
      const shared = popcount(p.interests & v.interests);
      // A visiting friendship needs something to talk about.
      if (shared === 0) continue;
      const either = popcount(p.interests | v.interests) || 1;
      const km = distance(v.lng, v.lat, p.lng, p.lat);
      const weight = 0.5 * (shared / either) + 0.3 * (1 - km / v.radiusKm) + 0.2 * Math.min(1, popcount(p.slots & v.slots) / 3);
      // Scores are shown to three decimals in the app, so ties are as common as there.
      edges.push({ left: p.id, right: v.id, weight: Math.round(weight * 1000) / 1000 });
    }
  }
  return {
    left: people.map((p) => ({ id: p.id, capacity: 1 })),
    right: helpers.map((v) => ({ id: v.id, capacity: v.capacity })),
    edges,
  };
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}
