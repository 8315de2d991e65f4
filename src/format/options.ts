/** What every formatter is told besides the analysis. */
import type { Analysis, Section } from '../model/types.js';

/** An analysis with the text it was made from (human formats quote context; machine formats ignore it). */
export interface Article {
  analysis: Analysis;
  text: string;
}

/** The command the output is for: `analyze` shows every section, the others their own. */
export type View = 'analyze' | Section;

export interface FormatOptions {
  view: View;
  /** ANSI colour on (only ever for human formats). */
  color: boolean;
  /** Terminal width in columns, for tables and wrapping. */
  width: number;
  /** True when more than one article goes to the output (headings per article in human formats). */
  many: boolean;
}

/** A formatter renders one article at a time, so batches stream; `begin`/`end` frame the whole output. */
export interface Formatter {
  /** Shown in `--help`. */
  description: string;
  /** Whether the format is for machines (never styled, never truncated). */
  machine: boolean;
  begin?(opts: FormatOptions): string;
  /** One article. Pure and independent of its position, so workers can render articles in parallel. */
  article(item: Article, opts: FormatOptions): string;
  /** Written between two consecutive articles (`,` in a JSON array, a blank line between tables). */
  separator?(opts: FormatOptions): string;
  /** An input that failed, in formats that can carry it (JSON Lines writes an error record). */
  failure?(path: string, message: string, opts: FormatOptions, id?: string | number): string;
  end?(opts: FormatOptions, count: number): string;
}
