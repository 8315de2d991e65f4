/**
 * `newsx show FILE`: the article itself, wrapped to the terminal, with what newsx found marked in place, under a
 * legend. Colour: entity mentions bold in a colour per type, quotes yellow, dates green and underlined; an entity
 * or date inside a quote keeps its own colour, so both show.
 *
 * Without colour the marks are plain text, chosen to stay readable and stable for golden tests:
 *   - entity mention:  `[Lavrov]`; the first mention of each entity also names its type: `[Sergei Lavrov|person]`
 *   - quote:           `«…»`; the quote's own opening and closing marks are replaced by « and », so a quote newsx
 *                      found reads differently from one it missed ("…" stays as written)
 *   - date:            `⟨March 3⟩`
 * Marks nest (a date inside an entity inside a quote). Where two spans cross, the later one is cut at the end of
 * the one it starts in, so brackets always nest.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { ENTITY_TYPES, type Analysis, type EntityType } from '../model/types.js';

export interface ShowOptions {
  color: boolean;
  /** Columns to wrap to. */
  width: number;
}

type Layer = 'quote' | 'entity' | 'date';

interface Mark {
  start: number;
  end: number;
  layer: Layer;
  type: EntityType | null;
  /** Plain mode: the type shown after the first mention of an entity. */
  tag: string | null;
}

/** Outer layers first when spans start together and are equally long. */
const LAYER_ORDER: Record<Layer, number> = { quote: 0, entity: 1, date: 2 };
const QUOTE_CHARS = /["“”„«»‘’'‹›]/;

/** Render the article with its entities, quotes and dates marked; ends with a newline. */
export function renderShow(analysis: Analysis, text: string, opts: ShowOptions): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const marks = nest(collectMarks(analysis, text.length));
  const paint = painters(chalk);
  const out = [legend(analysis, chalk, opts.color), ''];
  let lineStart = 0;
  let next = 0;
  // Marks that run on from an earlier line (a quote over several paragraphs); they started first, so they are outer.
  let carried: Mark[] = [];
  for (const raw of text.split('\n')) {
    const lineEnd = lineStart + raw.replace(/\r$/, '').length;
    const here = carried.filter((m) => m.end > lineStart);
    while (next < marks.length && marks[next].start < lineEnd) {
      if (marks[next].end > lineStart) here.push(marks[next]);
      next++;
    }
    out.push(wrapWords(renderLine(text, lineStart, lineEnd, here, paint, opts.color), opts.width));
    carried = here.filter((m) => m.end > lineEnd);
    lineStart += raw.length + 1;
  }
  while (out.length > 2 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function collectMarks(a: Analysis, length: number): Mark[] {
  const marks: Mark[] = [];
  const ok = (s: { start: number; end: number }) => s.start >= 0 && s.end <= length && s.start < s.end;
  for (const q of a.quotes) if (ok(q)) marks.push({ start: q.start, end: q.end, layer: 'quote', type: null, tag: null });
  for (const e of a.entities) {
    const first = e.mentions.filter(ok).reduce<number>((min, x) => Math.min(min, x.start), Number.POSITIVE_INFINITY);
    for (const x of e.mentions) {
      if (ok(x)) marks.push({ start: x.start, end: x.end, layer: 'entity', type: e.type, tag: x.start === first ? e.type : null });
    }
  }
  for (const d of a.dates) if (ok(d)) marks.push({ start: d.start, end: d.end, layer: 'date', type: null, tag: null });
  return marks;
}

/** Sort outer-first and cut crossing spans so that every pair either nests or is disjoint. */
function nest(marks: Mark[]): Mark[] {
  marks.sort((x, y) => x.start - y.start || y.end - x.end || LAYER_ORDER[x.layer] - LAYER_ORDER[y.layer]);
  const out: Mark[] = [];
  const stack: Mark[] = [];
  for (const m of marks) {
    while (stack.length > 0 && stack[stack.length - 1].end <= m.start) stack.pop();
    const parent = stack[stack.length - 1];
    const cut: Mark = parent && m.end > parent.end ? { ...m, end: parent.end } : m;
    if (cut.end <= cut.start) continue;
    out.push(cut);
    stack.push(cut);
  }
  return out;
}

/** One rendered word and its width in columns. */
interface Word {
  text: string;
  width: number;
}

/** Render one source line into words, with the marks that overlap it (outer first) clipped to the line. */
function renderLine(text: string, from: number, to: number, marks: readonly Mark[], paint: ReturnType<typeof painters>, color: boolean): Word[] {
  const opensAt = new Map<number, Mark[]>();
  for (const m of marks) {
    const at = Math.max(m.start, from);
    const list = opensAt.get(at);
    if (list) list.push(m);
    else opensAt.set(at, [m]);
  }
  const words: Word[] = [];
  let cur: Word = { text: '', width: 0 };
  let run = '';
  // The marks over the current position, outermost first; replaced (never mutated) when they change, so a run of
  // characters under the same marks shares one array and one style.
  let active: readonly Mark[] = [];
  let runStyle = active;
  const flushRun = () => {
    if (run) cur.text += color ? paintFor(runStyle, paint)(run) : run;
    run = '';
  };
  const add = (s: string) => {
    if (color && active !== runStyle) flushRun();
    runStyle = active;
    run += s;
    // Count columns by code point: the second half of a surrogate pair adds none.
    for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) !== 0xdc00) cur.width++;
  };
  const endWord = () => {
    flushRun();
    if (cur.width > 0) words.push(cur);
    cur = { text: '', width: 0 };
  };
  for (let pos = from; pos <= to; pos++) {
    // Close innermost first, then open outermost first, so the markup nests as the spans do.
    for (let k = active.length - 1; k >= 0; k--) {
      if (Math.min(active[k].end, to) !== pos) continue;
      const m = active[k];
      active = active.filter((x) => x !== m);
      if (!color) add(closing(m));
    }
    if (pos === to) break;
    for (const m of opensAt.get(pos) ?? []) {
      if (!color) add(OPENING[m.layer]);
      active = [...active, m];
    }
    const ch = text.charCodeAt(pos);
    if (ch === 32 || ch === 9 || ch === 0xa0 || ch === 0x3000 || (ch >= 0x2000 && ch <= 0x200a) || ch === 13) {
      // A name or date stays on one line ("Wang Yi", "March 3"); a quote may wrap.
      if (active.some((m) => m.layer !== 'quote') && ch !== 13) add(' ');
      else endWord();
      continue;
    }
    if (!color && isReplacedQuoteChar(text, pos, active)) continue;
    add(text[pos]);
  }
  endWord();
  return words;
}

const OPENING: Record<Layer, string> = { quote: '«', entity: '[', date: '⟨' };

function closing(m: Mark): string {
  if (m.layer === 'entity') return m.tag ? `|${m.tag}]` : ']';
  if (m.layer === 'date') return '⟩';
  return '»';
}

/** In plain mode a found quote's own first and last quotation marks give way to « and ». */
function isReplacedQuoteChar(text: string, pos: number, active: readonly Mark[]): boolean {
  if (!QUOTE_CHARS.test(text[pos])) return false;
  return active.some((m) => m.layer === 'quote' && (m.start === pos || m.end - 1 === pos) && m.end - m.start > 1);
}

const TYPE_COLOR: Record<EntityType, (c: ChalkInstance) => ChalkInstance> = {
  person: (c) => c.cyan,
  organization: (c) => c.magenta,
  place: (c) => c.blue,
  group: (c) => c.red,
  event: (c) => c.cyanBright,
  work: (c) => c.magentaBright,
  product: (c) => c.blueBright,
  other: (c) => c.white,
};

type Paint = (s: string) => string;

/** One painter per layer and entity type, built once per render (chalk builds a new styler on every chain). */
function painters(chalk: ChalkInstance): { quote: Paint; date: Paint; entity: Record<EntityType, Paint> } {
  const entity = {} as Record<EntityType, Paint>;
  for (const t of ENTITY_TYPES) entity[t] = TYPE_COLOR[t](chalk).bold;
  return { quote: chalk.yellow, date: chalk.green.underline, entity };
}

/** The paint of text under the given marks (outermost first): the innermost mark's, so an entity in a quote shows. */
function paintFor(marks: readonly Mark[], p: ReturnType<typeof painters>): Paint {
  const m = marks[marks.length - 1];
  if (!m) return (s) => s;
  if (m.layer === 'quote') return p.quote;
  if (m.layer === 'date') return p.date;
  return p.entity[m.type ?? 'other'];
}

function legend(a: Analysis, chalk: ChalkInstance, color: boolean): string {
  if (!color) return 'Legend: [entity|type at first mention]  «quote»  ⟨date⟩';
  const present = new Set(a.entities.map((e) => e.type));
  const types = ENTITY_TYPES.filter((t) => present.has(t)).map((t) => TYPE_COLOR[t](chalk).bold(t));
  return `Legend: ${[...types, chalk.yellow('“quote”'), chalk.green.underline('date')].join('  ')}`;
}

/** Greedy wrap of rendered words to `width` columns; a word wider than the line stands alone. */
function wrapWords(words: readonly Word[], width: number): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const room = Math.max(10, width);
  for (const w of words) {
    if (used > 0 && used + 1 + w.width > room) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line = used > 0 ? `${line} ${w.text}` : w.text;
    used += (used > 0 ? 1 : 0) + w.width;
  }
  lines.push(line);
  return lines.join('\n');
}
