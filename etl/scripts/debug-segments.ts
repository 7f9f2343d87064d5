/** Prints each segment with the rule that opened it and its first sentence (for tuning). */
import { runFile } from '../src/pipeline.ts';
import { unitText } from '../src/stages/02-segment/index.ts';

const r = await runFile(process.argv[2]!);
const [from, to] = [Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 1e9)];
for (const s of r.segments) {
  if (s.endLine < from || s.startLine > to) continue;
  const first = unitText(r.doc, r.units[s.firstUnit]!).slice(0, 50);
  console.log(`${s.startLine}-${s.endLine} ${s.kind} [${s.reason}] hosts=${s.hosts} guests=${s.guests} | ${first}`);
}
