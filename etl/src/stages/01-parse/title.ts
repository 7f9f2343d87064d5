/**
 * What a `# ...` title line says about the session: part number, date and the session's own
 * title, e.g. `# 2024世界人工智能大会（合集） - P55：20240706-WAIC 3x24小时全程大放送 - WarrenHua - BV…`
 * → P55, 2024-07-06, 'WAIC 3x24小时全程大放送'.
 */
import { basename, extname } from 'node:path';
import type { TitleInfo } from '../../types.ts';

const TITLE_LINE = /^#[ \t]+(.*?)[ \t#]*$/;
/** A part token opening a field of the title: `P55：`, `- EP3 |`, `- Part 2:` (not `P100 GPUs`). */
const PART = /(?:^|\s[-|–—]\s)(P\d{1,4}|EP\d{1,4}|Part ?\d{1,4})(?=$|\s*[：:\-–—|])/u;
/** 20240706, 2024-07-06, 2024.7.6, 2024/07/06, 2024年7月6日 */
const DATE =
  /(?<!\d)((?:19|20)\d{2})(?:(\d{2})(\d{2})|([-./])(\d{1,2})\4(\d{1,2})|年(\d{1,2})月(\d{1,2})日?)(?!\d)/;
/** Separators between the title's fields (` - `, ` | `). */
const FIELD_END = /\s+[-|–—]\s+/;
const LEADING_PUNCT = /^[\s\-–—_:：|·]+/;

interface Found {
  value: string;
  end: number;
}

function findPart(text: string): Found | null {
  const m = PART.exec(text);
  return m?.[1] ? { value: m[1], end: m.index + m[0].length } : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return d.toISOString().slice(0, 10);
}

function findDate(text: string): Found | null {
  const re = new RegExp(DATE.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const month = m[2] ?? m[5] ?? m[7];
    const day = m[3] ?? m[6] ?? m[8];
    const iso = isoDate(Number(m[1]), Number(month), Number(day));
    if (iso) return { value: iso, end: m.index + m[0].length };
  }
  return null;
}

/**
 * Read a title line. Returns null when the line is not a level-1 `# ` heading with text.
 * Without a part or date the session title is the whole title text.
 */
export function parseTitleLine(line: string): TitleInfo | null {
  const raw = TITLE_LINE.exec(line)?.[1]?.trim();
  if (!raw) return null;
  const part = findPart(raw);
  const date = findDate(raw);
  let sessionTitle = raw;
  if (part || date) {
    const start = Math.max(part?.end ?? 0, date?.end ?? 0);
    const rest = raw.slice(start).replace(LEADING_PUNCT, '');
    const field = rest.split(FIELD_END)[0]?.trim() ?? '';
    if (field) sessionTitle = field;
  }
  return { raw, part: part?.value ?? null, date: date?.value ?? null, sessionTitle };
}

/** The title of a file without a title line: its base name without extension. */
export function titleFromFileName(file: string): TitleInfo {
  const name = basename(file, extname(file));
  return { raw: null, part: null, date: null, sessionTitle: name || file };
}
