/**
 * Turning a feed's bytes into text.
 *
 * Order: a byte-order mark (unambiguous, wins), else the HTTP `charset` parameter, else the XML
 * declaration's `encoding`, else UTF-8. Two corrections for servers that lie:
 *  - a declared non-UTF-8 charset whose bytes are valid UTF-8 containing multi-byte sequences is
 *    read as UTF-8 (the Daily Mail fixture declares ISO-8859-1 but is UTF-8; real Latin-1/1251/GBK
 *    text is practically never valid UTF-8 by accident);
 *  - a declared (or default) UTF-8 whose bytes are not valid UTF-8 is read with the other declared
 *    charset if there is one, else with a guessed single-byte code page (windows-1252 for Latin
 *    text; for mostly non-Latin bytes windows-1251/1255/1256/1253 chosen by a <language> hint or
 *    letter frequencies).
 */
import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'http' | 'xml' | 'default' | 'utf8-override' | 'guess';

export interface DecodedBody {
  text: string;
  /** The charset actually used (iconv-lite / WHATWG-style name). */
  charset: string;
  /** Why that charset was used. */
  source: CharsetSource;
}

const LABEL_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  // WHATWG: these labels all mean windows-1252 (0x80-0x9F are curly quotes, dashes, euro...)
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  'iso_8859-1:1987': 'windows-1252',
  'iso-ir-100': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  cp1252: 'windows-1252',
  cp819: 'windows-1252',
  ibm819: 'windows-1252',
  'x-cp1252': 'windows-1252',
  // Chinese: GB18030 is a superset of GB2312 and GBK
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  csgb2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  chinese: 'gb18030',
  'iso-ir-58': 'gb18030',
  'x-sjis': 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'ks_c_5601-1987': 'euc-kr',
  'x-mac-roman': 'macintosh',
  'iso-8859-8-i': 'iso-8859-8',
  'tis-620': 'windows-874',
};

/** Normalise a charset label; null if empty or unknown to iconv-lite. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  let l = String(label).trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  l = LABEL_ALIASES[l] ?? l;
  if (/^utf-?16$/.test(l)) return 'utf-16';
  if (l === 'utf-16le' || l === 'utf-16be' || l === 'utf-8') return l;
  try {
    return iconv.encodingExists(l) ? l : null;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The encoding= of an XML declaration at the start of the bytes (read as ASCII), if any. */
export function charsetFromXmlDeclaration(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 1024));
  // the declaration may be preceded by whitespace or (illegally) a comment
  const m = /<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']/.exec(head);
  return m ? m[1] : null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function isUtf16(charset: string): boolean {
  return charset.startsWith('utf-16');
}

/** True if the bytes are valid UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(buf); // strips a BOM
  let text = iconv.decode(buf, charset); // strips a BOM by default
  if (isSingleByte(charset)) text = text.replace(/\uFFFD/g, ''); // undefined code points: drop, don't show U+FFFD
  return text;
}

function isSingleByte(charset: string): boolean {
  return /^(windows-12\d\d|windows-874|iso-8859-\d+|koi8-[a-z]+|macintosh|cp\d+|ibm\d+)$/.test(charset);
}

/* ------------------------------------------------------------------------------------------ */
/* Guessing a single-byte code page for bytes that are neither declared nor valid UTF-8.       */

const LANGUAGE_CODEPAGE: Record<string, string> = {
  ru: 'windows-1251', uk: 'windows-1251', bg: 'windows-1251', sr: 'windows-1251', mk: 'windows-1251', be: 'windows-1251', kk: 'windows-1251',
  he: 'windows-1255', iw: 'windows-1255', yi: 'windows-1255',
  ar: 'windows-1256', fa: 'windows-1256', ur: 'windows-1256',
  el: 'windows-1253',
  tr: 'windows-1254', az: 'windows-1254',
  pl: 'windows-1250', cs: 'windows-1250', sk: 'windows-1250', hu: 'windows-1250', hr: 'windows-1250', sl: 'windows-1250', ro: 'windows-1250', bs: 'windows-1250',
  lt: 'windows-1257', lv: 'windows-1257', et: 'windows-1257',
  vi: 'windows-1258',
  th: 'windows-874',
};

/** Most frequent letters of the language each non-Latin code page mostly carries. */
const FREQUENT_LETTERS: Record<string, string> = {
  // the ten most frequent letters; together about 55-60% of running text
  'windows-1251': 'оеаинтсрвл',
  'windows-1255': 'יוהלארמתבנ',
  'windows-1256': 'اليمونرتبة',
  'windows-1253': 'αοιετσνηυρ',
};

function languageHint(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 8192));
  const m = /<(?:[A-Za-z0-9]+:)?language>\s*([A-Za-z]{2,3})/.exec(head) ?? /xml:lang\s*=\s*["']([A-Za-z]{2,3})/.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function guessSingleByteCharset(bytes: Uint8Array): string {
  const hint = languageHint(bytes);
  if (hint && LANGUAGE_CODEPAGE[hint]) return LANGUAGE_CODEPAGE[hint];
  let high = 0;
  let asciiLetters = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) high++;
    else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
  }
  // Markup (tag and element names) is ASCII, so even fully non-Latin text has many ASCII letters;
  // Latin-script languages have only a few percent accented letters.
  if (high === 0 || high / (high + asciiLetters) < 0.2) return 'windows-1252';
  let best = 'windows-1252';
  let bestScore = 0.3; // the right page puts over half the letters in its top ten; wrong ones far fewer
  for (const [charset, letters] of Object.entries(FREQUENT_LETTERS)) {
    const text = decodeWith(bytes, charset);
    const set = new Set(letters);
    let hits = 0;
    let nonAscii = 0;
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) continue;
      nonAscii++;
      if (set.has(ch)) hits++;
    }
    const score = nonAscii ? hits / nonAscii : 0;
    if (score > bestScore) {
      bestScore = score;
      best = charset;
    }
  }
  return best;
}

/* ------------------------------------------------------------------------------------------ */

/**
 * Decode feed bytes to text (see the module comment for the order). Never throws; the result
 * has no BOM.
 */
export function decodeFeedBytes(input: Uint8Array, contentType?: string | null): DecodedBody {
  const bytes = input;
  // 1. byte-order marks
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeWith(bytes.subarray(3), 'utf-8'), charset: 'utf-8', source: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), charset: 'utf-16le', source: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), charset: 'utf-16be', source: 'bom' };
  }
  // BOM-less UTF-16: "<?" or "<r" with zero bytes between
  if (bytes.length >= 4 && bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00 && bytes[3] === 0x00) {
    return { text: iconv.decode(Buffer.from(bytes), 'utf-16le'), charset: 'utf-16le', source: 'default' };
  }
  if (bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] !== 0x00) {
    return { text: iconv.decode(Buffer.from(bytes), 'utf-16be'), charset: 'utf-16be', source: 'default' };
  }

  // 2. declarations. A UTF-16 declaration on bytes that are clearly 8-bit (we could read it as
  // ASCII) is a leftover of transcoding: ignore it.
  const declared: Array<{ charset: string; source: CharsetSource }> = [];
  const httpCs = normaliseCharset(charsetFromContentType(contentType));
  if (httpCs && !isUtf16(httpCs)) declared.push({ charset: httpCs, source: 'http' });
  const xmlCs = normaliseCharset(charsetFromXmlDeclaration(bytes));
  if (xmlCs && !isUtf16(xmlCs) && !declared.some((d) => d.charset === xmlCs)) declared.push({ charset: xmlCs, source: 'xml' });

  const high = hasHighBytes(bytes);
  if (!high) {
    // Pure ASCII: every ASCII-compatible charset gives the same text.
    const first = declared[0];
    return { text: decodeWith(bytes, 'utf-8'), charset: first?.charset ?? 'utf-8', source: first?.source ?? 'default' };
  }
  const validUtf8 = isValidUtf8(bytes);

  let primary = declared[0];
  // Servers that add "charset=ISO-8859-1" (or us-ascii) to everything by default are common;
  // a different non-UTF-8 charset declared by the document itself is more specific.
  if (primary?.source === 'http' && primary.charset === 'windows-1252' && declared[1] && declared[1].charset !== 'utf-8') {
    primary = declared[1];
  }
  if (primary) {
    if (primary.charset === 'utf-8') {
      if (validUtf8) return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: primary.source };
      const other = declared.find((d) => d.charset !== 'utf-8');
      if (other) return { text: decodeWith(bytes, other.charset), charset: other.charset, source: other.source };
      const guess = guessSingleByteCharset(bytes);
      return { text: decodeWith(bytes, guess), charset: guess, source: 'guess' };
    }
    if (validUtf8) return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'utf8-override' };
    return { text: decodeWith(bytes, primary.charset), charset: primary.charset, source: primary.source };
  }
  if (validUtf8) return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'default' };
  const guess = guessSingleByteCharset(bytes);
  return { text: decodeWith(bytes, guess), charset: guess, source: 'guess' };
}
