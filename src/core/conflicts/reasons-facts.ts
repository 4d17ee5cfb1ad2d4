import type { NormalizedClaim } from '../claims/normalize.ts';
import { excerpt, sharedTerms } from './describe.ts';
import type { Reason } from './types.ts';

function close(x: number, y: number): boolean {
  return Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y));
}

/** A different number for the same thing ("nine individuals" vs "twelve individuals"). */
export function numberReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  if (sharedTerms(a, b).size < 2) return null;
  for (const qa of a.quantities) {
    if (!qa.unit) continue;
    const same = b.quantities.filter((q) => q.unit === qa.unit);
    // One matching figure on the other side means they agree on this count.
    if (same.length === 0 || same.some((q) => close(q.value, qa.value))) continue;
    const qb = same[0];
    if (!qb) continue;
    const wa = excerpt(a, qa.start, qa.end);
    const wb = excerpt(b, qb.start, qb.end);
    return { code: 'number', text: `One says ${wa}, the other ${wb}.`, a: wa, b: wb };
  }
  return null;
}

/** A different date for the same event ("on Monday" vs "on Friday", "in 2015" vs "in 2016"). */
export function dateReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  if (sharedTerms(a, b).size < 2) return null;
  for (const da of a.dates) {
    if (!da.value) continue;
    // Compare at the coarser of the two precisions: "2015-03" and "2015-03-09" do not clash.
    const same = b.dates.filter(
      (d) =>
        d.value &&
        (d.value.length === da.value.length || /^\d{4}$/.test(d.value) || /^\d{4}$/.test(da.value)),
    );
    if (same.length === 0) continue;
    const width = (d: string) => Math.min(d.length, da.value.length);
    if (same.some((d) => d.value.slice(0, width(d.value)) === da.value.slice(0, width(d.value)))) continue;
    const db = same[0];
    if (!db) continue;
    return {
      code: 'date',
      text: `One dates it ${da.text} (${da.value}), the other ${db.text} (${db.value}).`,
      a: da.text,
      b: db.text,
    };
  }
  return null;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from']);

function places(claim: NormalizedClaim): { key: string; text: string }[] {
  return claim.entities
    .filter((e) => {
      const before = claim.text
        .slice(Math.max(0, e.start - 8), e.start)
        .toLowerCase()
        .trim()
        .split(/\s+/);
      const word =
        before[before.length - 1] === 'the' ? before[before.length - 2] : before[before.length - 1];
      return PLACE_PREPOSITIONS.has(word ?? '');
    })
    .map((e) => ({ key: e.key, text: e.text }));
}

/** A different place for the same event ("talks in the Vatican" vs "talks in Istanbul"). */
export function placeReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  if (sharedTerms(a, b).size < 2) return null;
  const pa = places(a);
  const pb = places(b);
  if (pa.length === 0 || pb.length === 0) return null;
  const keysA = new Set(a.entities.map((e) => e.key));
  const keysB = new Set(b.entities.map((e) => e.key));
  // Only when neither side names the other's place: "in Paris, France" vs "in France" is no clash.
  const onlyA = pa.filter(
    (p) => !keysB.has(p.key) && !pb.some((q) => q.key.includes(p.key) || p.key.includes(q.key)),
  );
  const onlyB = pb.filter((p) => !keysA.has(p.key));
  const x = onlyA[0];
  const y = onlyB[0];
  if (!x || !y) return null;
  return { code: 'place', text: `One places it in ${x.text}, the other in ${y.text}.`, a: x.text, b: y.text };
}
