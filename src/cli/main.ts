/**
 * The process edge: run the program, map every outcome to an exit code, print expected errors as one line, end
 * quietly on a closed pipe (`newsx … | head`), and stop cleanly on Ctrl-C.
 */
import { CommanderError } from 'commander';
import { EXIT, NewsxError, describeError } from '../errors.js';
import { tuneV8 } from './v8-tuning.js';
import { type Io, processIo } from './io.js';
import { buildProgram, type RunState } from './program.js';

/** Run newsx with `argv` (without `node` and the script) and return the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io, state: RunState = { exitCode: EXIT.ok, interrupted: false, pipeClosed: false }): Promise<number> {
  const aboutCheck = argv[0] === 'check' || (argv[0] === 'help' && argv[1] === 'check');
  const rules = aboutCheck ? (await import('../check/index.js')).RULES : [];
  const program = buildProgram(io, state, rules);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every parse error was already printed as one line.
      return e.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    io.stderr.write(`newsx: ${describeError(e)}\n`);
    if (!(e instanceof NewsxError) && io.env.NEWSX_DEBUG && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return EXIT.failure;
  }
}

export function main(): void {
  tuneV8();
  const io = processIo();
  const state: RunState = { exitCode: EXIT.ok, interrupted: false, pipeClosed: false };
  // A closed pipe is the reader saying "enough": end quietly with success.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
  process.once('SIGINT', () => {
    state.interrupted = true;
    // A second Ctrl-C, or a run that does not stop in time, ends at once.
    process.once('SIGINT', () => process.exit(EXIT.interrupted));
  });
  run(process.argv.slice(2), io, state).then((code) => {
    process.exitCode = state.pipeClosed ? EXIT.ok : code;
  });
}
