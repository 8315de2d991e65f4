/** The formatter registry: `--format` choices, help and validation all come from here, so they cannot drift. */
import type { Formatter } from './options.js';
import { json, jsonl } from './json.js';
import { csv } from './csv.js';
import { markdown } from './markdown.js';
import { table } from './table.js';
import { show } from './show-formatter.js';

export const FORMAT_NAMES = ['table', 'json', 'jsonl', 'csv', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const FORMATTERS = { table, json, jsonl, csv, markdown } satisfies Record<FormatName, Formatter>;

/** Every formatter a run may use: the `--format` registry plus `show`'s highlighted article. */
export const ALL_FORMATTERS = { ...FORMATTERS, show } satisfies Record<string, Formatter>;
export type AnyFormatName = keyof typeof ALL_FORMATTERS;

export function isFormatName(s: string): s is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(s);
}

export type { Article, Formatter, FormatOptions, View } from './options.js';
