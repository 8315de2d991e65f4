/**
 * The tag set of the learned tagger: BILOU over four coarse classes (the CoNLL classes), and decoding a tag
 * sequence back into token spans. BILOU rather than BIO because single-token names (most surnames, places) get
 * their own U- tags, which a linear model learns better.
 */

/** The coarse classes the tagger predicts; MISC is refined into group/event/work/product/other later. */
export const CLASSES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityClass = (typeof CLASSES)[number];

/** All tags: O, then B-, I-, L-, U- for each class. */
export const TAGS: readonly string[] = ['O', ...CLASSES.flatMap((c) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${c}`))];

/** A tagged stretch of tokens, `[start, end)` in token indices. */
export interface TokenSpan {
  start: number;
  end: number;
  cls: EntityClass;
}

function prefix(tag: number): string {
  return TAGS[tag][0];
}
function classOf(tag: number): string {
  return TAGS[tag].slice(2);
}

/** Whether tag `b` may follow tag `a` (-1 = sequence start). */
export function allowed(a: number, b: number): boolean {
  const pa = a < 0 ? 'O' : prefix(a);
  const pb = prefix(b);
  const open = pa === 'B' || pa === 'I';
  if (open) return (pb === 'I' || pb === 'L') && classOf(a) === classOf(b);
  return pb === 'O' || pb === 'B' || pb === 'U';
}

/** Whether a sequence may end on tag `a`. */
export function allowedLast(a: number): boolean {
  const p = prefix(a);
  return p !== 'B' && p !== 'I';
}

/** Tag sequence -> spans (offset by `base`). Tolerant: a broken sequence still yields its stretches. */
export function decodeSpans(tags: readonly number[], base = 0): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, k) => {
    const p = prefix(tag);
    const cls = (p === 'O' ? null : classOf(tag)) as EntityClass | null;
    if (open && (p === 'O' || p === 'B' || p === 'U' || cls !== open.cls)) {
      out.push(open);
      open = null;
    }
    if (cls === null) return;
    if (open === null) open = { start: base + k, end: base + k + 1, cls };
    else open.end = base + k + 1;
    if (p === 'L' || p === 'U') {
      out.push(open);
      open = null;
    }
  });
  if (open) out.push(open);
  return out;
}

/** Spans over `n` tokens -> BILOU tag indices. */
export function encodeSpans(spans: readonly TokenSpan[], n: number, base = 0): number[] {
  const tags = new Array<number>(n).fill(0);
  for (const s of spans) {
    const len = s.end - s.start;
    for (let k = s.start; k < s.end; k++) {
      const p = len === 1 ? 'U' : k === s.start ? 'B' : k === s.end - 1 ? 'L' : 'I';
      tags[k - base] = TAGS.indexOf(`${p}-${s.cls}`);
    }
  }
  return tags;
}
