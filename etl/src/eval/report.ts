/**
 * Prints metrics exactly as score.py does (its text lines and its --json line), so the output
 * of `npm run eval` and of the reference scorer can be diffed.
 */
import type { Metrics, Prf } from './score.ts';

/** A printed value: Python prints its floats with repr() (`1.0`, `0.5`) and its ints plainly. */
type Field = [name: string, value: number, isFloat: boolean];

function prfFields(x: Prf): Field[] {
  return [
    ['p', x.p, true],
    ['r', x.r, true],
    ['f1', x.f1, true],
    ['system', x.system, false],
    ['gold', x.gold, false],
  ];
}

/** The metrics in score.py's order, each with its fields in score.py's order. */
function rows(m: Metrics): [string, Field[]][] {
  return [
    ['segments', prfFields(m.segments)],
    ['person', prfFields(m.person)],
    ['organization', prfFields(m.organization)],
    ['model', prfFields(m.model)],
    ['topic', prfFields(m.topic)],
    ['variants', prfFields(m.variants)],
    [
      'speakers',
      [
        ['accuracy', m.speakers.accuracy, true],
        ['chars', m.speakers.chars, false],
      ],
    ],
    [
      'claims',
      [
        ['recall', m.claims.recall, true],
        ['recall_with_speaker', m.claims.recall_with_speaker, true],
        ['gold', m.claims.gold, false],
        ['system', m.claims.system, false],
      ],
    ],
  ];
}

/**
 * Python's repr() of a float, for the values metrics take (0 to 1, at most 3 decimals; counts
 * are ints): integral floats keep a `.0`, the rest print as the shortest round-trip decimal,
 * which is also what JavaScript prints in that range.
 */
function value([, v, isFloat]: Field): string {
  return isFloat && Number.isInteger(v) ? v.toFixed(1) : String(v);
}

/** score.py's text output: `f'{k:13s} ' + '  '.join(f'{a}={b}' ...)`, one line per metric. */
export function formatMetrics(m: Metrics): string {
  return rows(m)
    .map(([k, fields]) => `${k.padEnd(13)} ${fields.map((f) => `${f[0]}=${value(f)}`).join('  ')}`)
    .join('\n');
}

/** score.py's --json output: `json.dumps(out, ensure_ascii=False)`. */
export function formatMetricsJson(m: Metrics): string {
  const group = (fields: Field[]) =>
    `{${fields.map((f) => `${JSON.stringify(f[0])}: ${value(f)}`).join(', ')}}`;
  return `{${rows(m)
    .map(([k, fields]) => `${JSON.stringify(k)}: ${group(fields)}`)
    .join(', ')}}`;
}
