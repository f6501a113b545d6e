// Digits in every script the extractor meets, with the grouping and decimal marks each language uses.
// A mark is read as the text itself uses it (the spec): "1,200", "1.200", "1 200", "1 200", "1'200",
// "١٬٢٠٠" are all 1200; "2,5" and "2.5" are 2.5; "1.234,5" and "1,234.5" are 1234.5.

/** ASCII, Arabic-Indic (U+0660–0669) and Extended Arabic-Indic / Persian (U+06F0–06F9) digits. */
export const DIGIT = String.raw`[0-9\u0660-\u0669\u06F0-\u06F9]`;

const GROUP_MARKS = String.raw`,.\u00A0\u202F\u2009'\u2019\u066C`;
const DECIMAL_MARKS = String.raw`[.,\u066B]`;

/**
 * Regex source of one written number in digits. Alternatives, in order:
 * 1. dates and clock times (returned as a match of group `skip`, never a count): 2024-11-28,
 *    28.11.2024, 28.11., 28/11, 10:30, 10h30;
 * 2. grouped digits: 1–3 digits then groups of exactly three, optional decimals;
 * 3. plain digits with optional decimals.
 * `spaceGroups` lets a plain space group digits (fr/de/es copy: "1 200"); never in English, where
 * "on March 3 500 people" must stay two numbers.
 */
export function digitPattern(spaceGroups: boolean): string {
  const sep = `[${GROUP_MARKS}${spaceGroups ? ' ' : ''}]`;
  const skip = String.raw`(?<skip>${DIGIT}{4}-${DIGIT}{1,2}-${DIGIT}{1,2}|${DIGIT}{1,2}[./]${DIGIT}{1,2}[./]${DIGIT}{2,4}|${DIGIT}{1,2}\.${DIGIT}{1,2}\.(?!${DIGIT})|${DIGIT}{1,2}/${DIGIT}{1,2}|${DIGIT}{1,2}[:h]${DIGIT}{2})(?!${DIGIT})`;
  const grouped = String.raw`${DIGIT}{1,3}(?:${sep}${DIGIT}{3})+(?:${DECIMAL_MARKS}${DIGIT}+)?(?!${DIGIT})`;
  const plain = String.raw`${DIGIT}+(?:${DECIMAL_MARKS}${DIGIT}+)?`;
  // the leading lookahead lets the engine reject non-digit positions at once
  return String.raw`(?=${DIGIT})(?<![\p{N}])(?:${skip}|(?<dig>${grouped}|${plain}))`;
}

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}

export function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && digitValue(ch.charCodeAt(0)) >= 0;
}

/** Value of a string matched by the `dig` group of digitPattern. `year` is true for a bare 1000–2100. */
export function parseDigits(raw: string): { value: number; year: boolean } {
  // One pass: integer digits, separators (char + how many digits precede it), digits after each.
  let digits = '';
  let sepCount = 0;
  let lastSep = '';
  let lastSepAt = -1;
  let mixed = false;
  for (let i = 0; i < raw.length; i++) {
    const d = digitValue(raw.charCodeAt(i));
    if (d >= 0) {
      digits += d;
    } else {
      const ch = raw[i];
      if (sepCount > 0 && ch !== lastSep) mixed = true;
      sepCount++;
      lastSep = ch;
      lastSepAt = digits.length;
    }
  }
  if (sepCount === 0) {
    const value = Number(digits);
    return { value, year: digits.length === 4 && value >= 1000 && value <= 2100 };
  }
  let decimalAt = -1;
  if (lastSep === '\u066B') decimalAt = lastSepAt;
  else if (mixed) {
    if (lastSep === '.' || lastSep === ',') decimalAt = lastSepAt;
  } else if (sepCount === 1 && (lastSep === '.' || lastSep === ',')) {
    const after = digits.length - lastSepAt;
    const before = lastSepAt;
    // "1,200" / "1.200" group; "2,5", "2.25", "0,500", "12.3456" are decimals.
    const grouping = after === 3 && before >= 1 && before <= 3 && digits[0] !== '0';
    if (!grouping) decimalAt = lastSepAt;
  }
  const value = decimalAt < 0 ? Number(digits) : Number(`${digits.slice(0, decimalAt)}.${digits.slice(decimalAt)}`);
  return { value, year: false };
}
