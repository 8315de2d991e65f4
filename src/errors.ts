/**
 * Expected failures, typed and coded, explained once at the edge (the CLI prints `newsx: <message>` and no stack).
 * Exit codes are a contract pinned by tests and documented in the README.
 */
export const EXIT = {
  /** Everything asked for was done (also when nothing was found). */
  ok: 0,
  /** `newsx check` found at least one error-level finding. */
  findings: 1,
  /** A usage error, or at least one input could not be read or analysed (the others were still processed). */
  failure: 2,
  /** Interrupted (Ctrl-C); what was written is valid up to the last complete line. */
  interrupted: 130,
} as const;

export type ErrorKind = 'usage' | 'input';

export class NewsxError extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind = 'usage',
  ) {
    super(message);
    this.name = 'NewsxError';
  }
}

/** A one-line message for any thrown value: expected errors as they are, unexpected ones without a stack. */
export function describeError(err: unknown, shownPath?: string): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    const path = shownPath ?? (err as NodeJS.ErrnoException).path;
    if (code === 'ENOENT' && path) return `${path}: no such file or directory`;
    if (code === 'EACCES' && path) return `${path}: permission denied`;
    if (code === 'EISDIR' && path) return `${path}: is a directory`;
    if (code === 'ENOTDIR' && path) return `${path}: not a directory`;
    return err.message.split('\n')[0];
  }
  return String(err).split('\n')[0];
}
