/**
 * Bytes → text. Knows UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM) and GB18030 (only
 * when the bytes are not UTF-8 and look like Chinese text in that encoding). Everything else
 * (empty, binary, broken UTF-8) is refused with an InputError that says why.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { InputError } from '../../errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** How many bytes at the start are looked at for control characters. */
const SAMPLE_BYTES = 64 * 1024;
/** Above this share of control bytes a file is binary, not text. */
const MAX_CONTROL_RATIO = 0.01;
/** Share of GB18030 two-byte characters in the common GB2312 area for a plausible GB file. */
const MIN_GB2312_RATIO = 0.8;
/** Share of CJK characters among the non-ASCII characters of a plausible GB file. */
const MIN_CJK_RATIO = 0.8;

function isControlByte(b: number): boolean {
  return (
    (b >= 0x01 && b <= 0x08) || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f)
  );
}

function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i] ?? 0)) control++;
  return n === 0 ? 0 : control / n;
}

interface Utf8Scan {
  /** Byte offset of the first invalid sequence, or -1. */
  firstInvalid: number;
  invalid: number;
  validMultibyte: number;
  /** The only problem is a multi-byte sequence cut off by the end of the file. */
  truncatedAtEnd: boolean;
}

/** Length of a valid UTF-8 sequence at i, 0 when invalid, -1 when cut off by the end. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return -1;
    const c = bytes[i + k] ?? 0;
    if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return 0;
  }
  return need + 1;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstInvalid: -1, invalid: 0, validMultibyte: 0, truncatedAtEnd: false };
  let i = 0;
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      if (len > 1) scan.validMultibyte++;
      i += len;
      continue;
    }
    if (scan.firstInvalid < 0) scan.firstInvalid = i;
    scan.invalid++;
    if (len < 0) {
      scan.truncatedAtEnd = scan.invalid === 1;
      break;
    }
    i++;
  }
  return scan;
}

/** True when the multi-byte characters are mostly in GB2312's symbol and hanzi rows. */
function looksLikeGbBytes(bytes: Uint8Array): boolean {
  let multibyte = 0;
  let common = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const next = bytes[i + 1] ?? 0;
    multibyte++;
    if (next >= 0x30 && next <= 0x39) {
      i += 4;
      continue;
    }
    if (((b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xf7)) && next >= 0xa1 && next <= 0xfe) {
      common++;
    }
    i += 2;
  }
  return multibyte > 0 && common / multibyte >= MIN_GB2312_RATIO;
}

const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2026\u00B7]/u;

function looksLikeCjkText(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (CJK.test(c)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= MIN_CJK_RATIO;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function decodeStrict(bytes: Uint8Array, label: string, file: string, what: string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    throw new InputError(file, `invalid ${what}`, { cause: e });
  }
}

function checked(text: string, encoding: Encoding, file: string): Decoded {
  if (text.includes('\0')) throw new InputError(file, 'binary file (contains NUL characters)');
  if (!/\S/.test(text)) throw new InputError(file, 'no text (only whitespace)');
  return { text, encoding };
}

/**
 * Decode a transcript file. BOM first, then strict UTF-8, then GB18030 if the bytes are plausibly
 * Chinese in that encoding. The BOM is not part of the text.
 * @throws InputError naming the file and the reason (empty, binary, not decodable).
 */
export function decodeTranscript(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe) {
    if (b2 === 0 && b3 === 0) throw new InputError(file, 'UTF-32 is not supported');
    return checked(decodeStrict(bytes.subarray(2), 'utf-16le', file, 'UTF-16LE'), 'utf-16le', file);
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return checked(decodeStrict(bytes.subarray(2), 'utf-16be', file, 'UTF-16BE'), 'utf-16be', file);
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    if (bytes.length === 3) throw new InputError(file, 'empty file (only a byte-order mark)');
    return checked(decodeStrict(bytes.subarray(3), 'utf-8', file, 'UTF-8'), 'utf-8-bom', file);
  }
  if (bytes.indexOf(0) >= 0) throw new InputError(file, 'binary file (contains NUL bytes)');
  if (controlRatio(bytes) > MAX_CONTROL_RATIO) {
    throw new InputError(file, 'binary file (too many control characters)');
  }
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return checked(text, 'utf-8', file);
  }
  const scan = scanUtf8(bytes);
  const where = `byte ${scan.firstInvalid}, line ${lineOfByte(bytes, scan.firstInvalid)}`;
  if (scan.truncatedAtEnd) {
    throw new InputError(file, `truncated UTF-8: the file ends inside a character (${where})`);
  }
  if (scan.validMultibyte <= scan.invalid && looksLikeGbBytes(bytes)) {
    let text: string | null = null;
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      text = null;
    }
    if (text !== null && !text.includes('\uFFFD') && looksLikeCjkText(text)) {
      return checked(text, 'gb18030', file);
    }
  }
  throw new InputError(file, `invalid UTF-8 (${where}) and not plausible GB18030`);
}

/**
 * Split decoded text into lines as an editor numbers them: CRLF, CR and LF each end a line.
 * A final line terminator does not open an extra empty line.
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
