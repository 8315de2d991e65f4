/**
 * `newsx completion bash|zsh|fish`: completion scripts generated from the commander program itself, so new
 * commands and options complete without editing three shell dialects by hand.
 */
import type { Command } from 'commander';
import { NewsxError } from '../errors.js';
import { FORMAT_NAMES } from '../format/index.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

interface Spec {
  name: string;
  description: string;
  options: string[];
}

function specs(program: Command): Spec[] {
  return program.commands.map((c) => ({
    name: c.name(),
    description: c.description().replace(/'/g, ''),
    options: c.options.flatMap((o) => [o.long, o.short].filter((x): x is string => Boolean(x))).concat('--help'),
  }));
}

export function completionScript(shell: string, program: Command): string {
  const cmds = specs(program);
  if (shell === 'bash') return bash(cmds);
  if (shell === 'zsh') return zsh(cmds);
  if (shell === 'fish') return fish(cmds);
  throw new NewsxError(`unknown shell '${shell}' (choose from ${SHELLS.join(', ')})`);
}

function bash(cmds: Spec[]): string {
  const cases = cmds.map((c) => `    ${c.name}) opts="${c.options.join(' ')}" ;;`).join('\n');
  return `# newsx bash completion: source this file, or put it in /etc/bash_completion.d/newsx
_newsx() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${cmds.map((c) => c.name).join(' ')} --help --version" -- "$cur") )
    return
  fi
  case "$prev" in
    -f|--format) COMPREPLY=( $(compgen -W "${FORMAT_NAMES.join(' ')}" -- "$cur") ); return ;;
  esac
  case "$cmd" in
${cases}
    *) opts="--help" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -F _newsx newsx
`;
}

function zsh(cmds: Spec[]): string {
  const list = cmds.map((c) => `    '${c.name}:${c.description}'`).join('\n');
  const cases = cmds.map((c) => `    ${c.name}) _arguments ${c.options.map((o) => `'${o}'`).join(' ')} '*:file:_files' ;;`).join('\n');
  return `#compdef newsx
# newsx zsh completion: put this file on your $fpath as _newsx
_newsx() {
  local -a commands
  commands=(
${list}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
compdef _newsx newsx
`;
}

function fish(cmds: Spec[]): string {
  const lines = ['# newsx fish completion: save as ~/.config/fish/completions/newsx.fish'];
  lines.push(`complete -c newsx -n '__fish_use_subcommand' -f -a '${cmds.map((c) => c.name).join(' ')}'`);
  for (const c of cmds) {
    lines.push(`complete -c newsx -n '__fish_use_subcommand' -f -a '${c.name}' -d '${c.description}'`);
    for (const o of c.options.filter((x) => x.startsWith('--'))) {
      lines.push(`complete -c newsx -n '__fish_seen_subcommand_from ${c.name}' -l '${o.slice(2)}'`);
    }
  }
  lines.push(`complete -c newsx -l format -s f -x -a '${FORMAT_NAMES.join(' ')}'`);
  return `${lines.join('\n')}\n`;
}
