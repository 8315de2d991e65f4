/**
 * GitHub Actions workflow commands, one a finding: `::error file=…,line=…,col=…,endColumn=…,title=rule::message`.
 * The runner turns them into annotations on the pull request. Escaping follows the runner's rules: `%`, CR and LF
 * everywhere, and `:` and `,` too in property values.
 */
import type { CheckResults } from '../types.js';

export function formatGithub(results: CheckResults): string {
  const lines = results.flatMap((r) =>
    r.findings.map((f) => {
      const props = [`file=${escapeProperty(f.path)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(f.ruleId)}`];
      return `::${f.severity} ${props.join(',')}::${escapeData(f.message)}`;
    }),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
