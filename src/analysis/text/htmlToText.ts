// Feed HTML (content:encoded, description) to plain text: paragraphs separated by "\n\n", line
// breaks kept as "\n", entities decoded, links as their text, images, scripts, styles and figures
// (with their captions) dropped, whitespace folded. Text without tags only has its whitespace
// folded (and stray entities decoded). Never throws.
import { compile } from 'html-to-text';

/** Longer input is cut before conversion (a feed item has no business being bigger). */
export const MAX_HTML_CHARS = 1_000_000;

const skip = (selector: string) => ({ selector, format: 'skip' });
const paragraph = (selector: string) => ({
  selector,
  format: 'block',
  options: { leadingLineBreaks: 2, trailingLineBreaks: 2 },
});
const heading = (selector: string) => ({
  selector,
  format: 'heading',
  options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 },
});

const convert = compile({
  wordwrap: false,
  decodeEntities: true,
  preserveNewlines: false,
  formatters: {
    // A table cell: its text followed by a space, so cells of a row do not run together.
    cell(elem, walk, builder) {
      walk(elem.children, builder);
      builder.addInline(' ');
    },
  },
  selectors: [
    { selector: 'a', options: { ignoreHref: true, linkBrackets: false } },
    { selector: 'img', format: 'skip' },
    ...['figure', 'figcaption', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'svg',
      'canvas', 'noscript', 'template', 'form', 'button', 'select', 'input', 'textarea',
      'script', 'style', 'head', 'title', 'meta', 'link', 'hr'].map(skip),
    ...['p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'address',
      'blockquote', 'pre', 'dl', 'dd', 'dt', 'center'].map(paragraph),
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(heading),
    // List items one per line, without bullets or numbers.
    ...['ul', 'ol', 'table'].map(paragraph),
    ...['li', 'tr'].map((selector) => ({ selector, format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
    { selector: 'td', format: 'cell' },
    { selector: 'th', format: 'cell' },
  ],
});

const HTML_TAGS =
  'a|abbr|address|article|aside|audio|b|blockquote|body|br|button|canvas|caption|center|cite|code|dd|del|' +
  'details|dfn|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|' +
  'img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|ol|p|picture|pre|q|s|samp|script|' +
  'section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|' +
  'textarea|tfoot|th|thead|time|title|tr|tt|u|ul|var|video|wbr';
/** A known tag, a comment, a CDATA section or a doctype: the input is HTML. */
const LOOKS_LIKE_HTML = new RegExp(`<(?:/?(?:${HTML_TAGS})(?=[\\s/>])|!--|!\\[CDATA\\[|!doctype)`, 'i');
/** Block-level tags: without any, blank lines in the source are the only paragraph marks. */
const BLOCK_TAG = /<(?:p|br|div|li|h[1-6]|blockquote|section|article|table|tr|ul|ol|pre)(?=[\s/>])/i;

export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  let input = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  if (!LOOKS_LIKE_HTML.test(input)) return foldWhitespace(decodeEntities(input));
  // A CDATA wrapper the feed parser left in place: its content is the HTML.
  if (input.includes('<![CDATA[')) input = input.replace(/<!\[CDATA\[|\]\]>/g, '');
  // Tags only inline (<b>, <a>) but paragraphs written as blank lines: keep those paragraphs.
  if (!BLOCK_TAG.test(input) && /\n[ \t\r]*\n/.test(input)) input = input.replace(/\r?\n[ \t\r]*\n\s*/g, '<br><br>');
  try {
    return foldWhitespace(convert(input));
  } catch {
    // html-to-text has not been seen to throw, but malformed input must never take us down.
    return foldWhitespace(decodeEntities(input.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ')));
  }
}

/**
 * Runs of spaces, tabs and other blanks become one space; lines are trimmed; a blank line (or
 * more) becomes exactly one "\n\n"; single line breaks stay. Invisible characters are removed.
 */
export function foldWhitespace(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', copy: '©', reg: '®', trade: '™', deg: '°',
  middot: '·', bull: '•', euro: '€', pound: '£', shy: '\u00AD', times: '×', eacute: 'é',
  egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û',
  icirc: 'î', iuml: 'ï', euml: 'ë', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö',
  Uuml: 'Ü', szlig: 'ß', ntilde: 'ñ', Ntilde: 'Ñ', aacute: 'á', iacute: 'í', oacute: 'ó',
  uacute: 'ú', Eacute: 'É', iexcl: '¡', iquest: '¿', oelig: 'œ',
};

/** Decodes numeric and common named character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/g, (all, dec, hex, name) => {
    if (name !== undefined) return NAMED[name] ?? all;
    const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}
