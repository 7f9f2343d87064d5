/**
 * Positions inside the pipeline are UTF-16 offsets (what JS string methods use); the export
 * format wants 0-based Unicode code-point columns. These two functions convert between them
 * for one line of the original text.
 */

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Code-point column of a UTF-16 offset into `line`. An offset that falls between the two
 * halves of a surrogate pair gives the column of that pair.
 * @throws RangeError when the offset is not an integer in [0, line.length].
 */
export function toCodePointColumn(line: string, utf16Index: number): number {
  if (!Number.isInteger(utf16Index) || utf16Index < 0 || utf16Index > line.length) {
    throw new RangeError(`UTF-16 index ${utf16Index} outside line of length ${line.length}`);
  }
  let column = 0;
  for (let i = 0; i < utf16Index; i++) {
    if (i > 0 && isLow(line.charCodeAt(i)) && isHigh(line.charCodeAt(i - 1))) continue;
    column++;
  }
  if (
    utf16Index > 0 &&
    utf16Index < line.length &&
    isHigh(line.charCodeAt(utf16Index - 1)) &&
    isLow(line.charCodeAt(utf16Index))
  ) {
    column--;
  }
  return column;
}

/**
 * UTF-16 offset of a code-point column in `line` (the inverse of toCodePointColumn).
 * @throws RangeError when the column is not an integer in [0, number of code points].
 */
export function toUtf16Index(line: string, codePointColumn: number): number {
  if (!Number.isInteger(codePointColumn) || codePointColumn < 0) {
    throw new RangeError(`code-point column ${codePointColumn} is not a non-negative integer`);
  }
  let i = 0;
  for (let column = 0; column < codePointColumn; column++) {
    if (i >= line.length) {
      throw new RangeError(`code-point column ${codePointColumn} is past the end of the line`);
    }
    i += isHigh(line.charCodeAt(i)) && isLow(line.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}
