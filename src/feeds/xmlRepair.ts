/**
 * A small, linear-time pass over feed XML before it reaches rss-parser (xml2js + sax), fixing what
 * real feeds get wrong and what rss-parser mishandles. It does not build a tree; it walks tokens.
 *
 *  - Drops the XML declaration (the text is already decoded: its encoding= must not be re-read),
 *    processing instructions, comments and the DOCTYPE (no DTD, no entity declarations at all, so
 *    no entity-expansion attacks), junk before the root element and anything after it.
 *  - Removes characters that XML 1.0 forbids (control characters, lone surrogates).
 *  - Repairs character references: HTML named entities (&nbsp; &eacute; ...) become numeric,
 *    unknown names and bare "&" become "&amp;", numeric references to C1 controls are read as
 *    windows-1252 (&#146; -> ’), invalid ones are dropped.
 *  - Re-quotes attributes (unquoted, value-less, duplicate and invalid attributes are fixed).
 *  - A "<" that cannot start markup becomes "&lt;".
 *  - Element names with known namespace URIs get canonical prefixes (a10:link -> atom:link,
 *    atom10:link -> atom:link; in an Atom document atom:entry -> entry).
 *  - HTML-bearing elements (description, content:encoded, content, summary, title, subtitle) that
 *    contain child elements (raw HTML, Atom type="xhtml") are turned into CDATA text, so xml2js
 *    does not reorder mixed content (it would lose "is" in "what exactly <em>is</em> good").
 *    Unclosed HTML tags (<br>, <img>) inside them stop being XML errors as a result.
 *  - Illegally nested RSS <item>s are moved after their parent item (empty ones are dropped).
 *  - description, content:encoded, summary (and in Atom link, published, updated, content) are
 *    renamed x-... so rss-parser's own code never touches them (see RENAME_ALWAYS); parseFeed
 *    reads them itself.
 */
import { HTML_ENTITIES, numericReferenceCodePoint } from './htmlEntities.js';

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'html' | 'unknown' | 'empty';

export interface PreparedXml {
  xml: string;
  kind: FeedKind;
  /** Qualified name of the root element as written. */
  rootName: string | null;
  /** xml:base of the root element, if any. */
  rootBase: string | null;
  /** The root element's version attribute (RSS), if any. */
  rootVersion: string | null;
}

const NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0': '',
  'http://my.netscape.com/rdf/simple/0.9': '',
  'http://backend.userland.com/rss2': '',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://www.w3.org/1999/xhtml': 'xhtml',
};

function canonicalNamespace(uri: string): string | undefined {
  let u = uri.trim().toLowerCase().replace(/^https:/, 'http:');
  if (u.endsWith('/')) u = u.slice(0, -1);
  return NAMESPACES[u];
}

const XML_PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const CAPTURE = new Set(['description', 'content:encoded', 'content', 'summary', 'title', 'subtitle']);
/**
 * Renamed so that rss-parser's own handling never sees them (parseFeed reads them itself):
 * rss-parser builds "snippets" of description / content:encoded / content with a regex that takes
 * quadratic time on text with many unclosed "<p" (160 KB -> 17 s), and its Atom code throws on
 * <link>text</link> and on unparsable dates.
 */
const RENAME_ALWAYS = new Map<string, string>([
  ['description', 'x-description'],
  ['content:encoded', 'x-content-encoded'],
  ['summary', 'x-summary'],
  // names that could reach object prototypes in xml2js output
  ['__proto__', 'x-invalid'],
  ['constructor', 'x-invalid'],
  ['prototype', 'x-invalid'],
]);
const RENAME_ATOM = new Map<string, string>([
  ['link', 'x-link'],
  ['published', 'x-published'],
  ['updated', 'x-updated'],
  ['content', 'x-content'],
]);

// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Repair character references in XML text or attribute values (see module comment). */
export function repairReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:(#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z_][A-Za-z0-9._-]{0,63});)?/g, (whole, ref: string | undefined) => {
    if (ref === undefined) return '&amp;';
    if (ref[0] === '#') {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const cp = numericReferenceCodePoint(n);
      if (cp === null) return '';
      return cp === n ? whole : `&#${cp};`;
    }
    if (XML_PREDEFINED.has(ref)) return whole;
    const cp = HTML_ENTITIES.get(ref);
    return cp !== undefined ? `&#${cp};` : `&amp;${ref};`;
  });
}

function escapeAttr(value: string): string {
  return repairReferences(value).replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/[\t\n\r]/g, ' ');
}

interface Tag {
  name: string;
  attrs: Array<[string, string]>;
  selfClosing: boolean;
  end: number; // index just after '>'
}

const NAME_RE = /[^\s/>"'=<]+/y;
const ATTR_NAME_RE = /[^\s/>"'=<]+/y;
const VALID_ATTR_NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*$/;
const VALID_ELEMENT_NAME = /^[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*$/;
const WS_RE = /\s*/y;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parse a start tag at src[i] === '<'. Returns null if it is unterminated or has no name. */
function parseStartTag(src: string, i: number): Tag | null {
  NAME_RE.lastIndex = i + 1;
  const nm = NAME_RE.exec(src);
  if (!nm) return null;
  const name = nm[0];
  let p = NAME_RE.lastIndex;
  const attrs: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (;;) {
    WS_RE.lastIndex = p;
    WS_RE.exec(src);
    p = WS_RE.lastIndex;
    if (p >= src.length) return null;
    const c = src[p];
    if (c === '>') return { name, attrs, selfClosing: false, end: p + 1 };
    if (c === '/') {
      if (src[p + 1] === '>') return { name, attrs, selfClosing: true, end: p + 2 };
      p++;
      continue;
    }
    if (c === '<') return null; // a tag that never closed before the next one
    ATTR_NAME_RE.lastIndex = p;
    const an = ATTR_NAME_RE.exec(src);
    if (!an) {
      p++; // stray quote or '=': skip it
      continue;
    }
    const attrName = an[0];
    p = ATTR_NAME_RE.lastIndex;
    WS_RE.lastIndex = p;
    WS_RE.exec(src);
    let q = WS_RE.lastIndex;
    let value: string | null = null;
    if (src[q] === '=') {
      q++;
      WS_RE.lastIndex = q;
      WS_RE.exec(src);
      q = WS_RE.lastIndex;
      const quote = src[q];
      if (quote === '"' || quote === "'") {
        const close = src.indexOf(quote, q + 1);
        if (close === -1) return null;
        value = src.slice(q + 1, close);
        p = close + 1;
      } else {
        const m = /[^\s>]*/y;
        m.lastIndex = q;
        const um = m.exec(src);
        value = um ? um[0] : '';
        if (value.endsWith('/') && src[q + value.length] === '>') value = value.slice(0, -1);
        p = q + value.length;
      }
    } else {
      value = attrName; // HTML boolean attribute
    }
    if (VALID_ATTR_NAME.test(attrName) && !seen.has(attrName) && !UNSAFE_KEYS.has(attrName)) {
      seen.add(attrName);
      attrs.push([attrName, value]);
    }
  }
}

function isNameStart(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 0xc0;
}

/**
 * Find the end tag closing an element named `name` whose content starts at `from`, counting
 * nested elements of the same name and skipping comments / CDATA / PIs. `budget` bounds the
 * characters all calls may scan together, which keeps the whole pass linear even for hostile
 * input (thousands of unclosed <title>s); when it runs out, nothing more is captured.
 */
function findClose(src: string, from: number, name: string, budget: { left: number }): { innerEnd: number; end: number; hasChild: boolean } | null {
  if (budget.left <= 0) return null;
  const limit = Math.min(src.length, from + budget.left);
  const exhausted = () => {
    budget.left -= limit - from;
    return null;
  };
  let depth = 0;
  let hasChild = false;
  let p = from;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const endRe = new RegExp(`</${esc}\\s*>`, 'y');
  const startRe = new RegExp(`<${esc}(?=[\\s/>])`, 'y');
  for (;;) {
    const lt = src.indexOf('<', p);
    if (lt === -1 || lt >= limit) return exhausted();
    let next: number;
    if (src.startsWith('<!--', lt)) {
      const e = src.indexOf('-->', lt + 4);
      if (e === -1 || e >= limit) return exhausted();
      next = e + 3;
    } else if (src.startsWith('<![CDATA[', lt)) {
      const e = src.indexOf(']]>', lt + 9);
      if (e === -1 || e >= limit) return exhausted();
      next = e + 3;
    } else if (src[lt + 1] === '?') {
      const e = src.indexOf('?>', lt + 2);
      if (e === -1 || e >= limit) return exhausted();
      next = e + 2;
    } else if (src[lt + 1] === '/') {
      endRe.lastIndex = lt;
      const m = endRe.exec(src);
      if (m) {
        if (depth === 0) {
          budget.left -= lt + m[0].length - from;
          return { innerEnd: lt, end: lt + m[0].length, hasChild };
        }
        depth--;
      }
      next = lt + 2;
    } else if (isNameStart(src[lt + 1])) {
      hasChild = true;
      startRe.lastIndex = lt;
      if (startRe.test(src)) {
        const gt = src.indexOf('>', lt);
        if (gt === -1 || gt >= limit) return exhausted();
        if (src[gt - 1] !== '/') depth++;
        next = gt + 1;
      } else {
        next = lt + 1;
      }
    } else {
      next = lt + 1;
    }
    p = next;
  }
}

/** Turn the inner markup of an HTML-bearing element into HTML text. */
function innerToHtml(inner: string, xhtml: boolean, nsMap: Map<string, string>): string {
  const out: string[] = [];
  let p = 0;
  while (p < inner.length) {
    const lt = inner.indexOf('<', p);
    if (lt === -1) {
      out.push(repairReferences(inner.slice(p)));
      break;
    }
    if (lt > p) out.push(repairReferences(inner.slice(p, lt)));
    if (inner.startsWith('<!--', lt)) {
      const e = inner.indexOf('-->', lt + 4);
      p = e === -1 ? inner.length : e + 3;
    } else if (inner.startsWith('<![CDATA[', lt)) {
      const e = inner.indexOf(']]>', lt + 9);
      const body = inner.slice(lt + 9, e === -1 ? inner.length : e);
      // in XHTML a CDATA section is literal text; in RSS descriptions it is HTML source
      out.push(xhtml ? body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : body);
      p = e === -1 ? inner.length : e + 3;
    } else if (inner[lt + 1] === '?') {
      const e = inner.indexOf('?>', lt + 2);
      p = e === -1 ? inner.length : e + 2;
    } else if (inner[lt + 1] === '/' || isNameStart(inner[lt + 1])) {
      const gt = inner.indexOf('>', lt);
      let tag = gt === -1 ? inner.slice(lt) : inner.slice(lt, gt + 1);
      // <xhtml:p> -> <p>
      tag = tag.replace(/^(<\/?)([A-Za-z_][\w.-]*):/, (m, open: string, prefix: string) =>
        nsMap.get(prefix) !== undefined && canonicalNamespace(nsMap.get(prefix)!) === 'xhtml' ? open : m,
      );
      out.push(tag);
      p = gt === -1 ? inner.length : gt + 1;
    } else {
      out.push('&lt;');
      p = lt + 1;
    }
  }
  return out.join('');
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function collectNamespaces(src: string): Map<string, string> {
  const map = new Map<string, string>();
  const re = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    if (!map.has(m[1])) map.set(m[1], m[2] ?? m[3] ?? '');
  }
  return map;
}

function kindOf(rootName: string): FeedKind {
  const colon = rootName.indexOf(':');
  const local = (colon === -1 ? rootName : rootName.slice(colon + 1));
  const l = local.toLowerCase();
  if (l === 'html' || l === 'head' || l === 'body') return 'html';
  if (local === 'rss' || local === 'RSS') return 'rss';
  if (local === 'feed') return 'atom';
  if (local === 'RDF') return 'rdf';
  return 'unknown';
}

/**
 * Prepare feed text for rss-parser. Never throws; malformed input passes through in a form that
 * makes the XML parser report the problem.
 */
export function prepareFeedXml(input: string): PreparedXml {
  const src = input.replace(/^\uFEFF/, '').replace(INVALID_XML_CHARS, '');
  const nsMap = collectNamespaces(src);
  const out: string[] = [];
  let cur = out;
  const stack: string[][] = [];
  const deferred: string[] = [];
  let itemDepth = 0;
  let kind: FeedKind = 'empty';
  let rootName: string | null = null;
  let rootBase: string | null = null;
  let rootVersion: string | null = null;
  let rootClosed = false;
  const budget = { left: src.length * 3 };

  const canonical = (qname: string): string => {
    const colon = qname.indexOf(':');
    let name = qname;
    if (colon > 0) {
      const prefix = qname.slice(0, colon);
      const local = qname.slice(colon + 1);
      const uri = nsMap.get(prefix);
      const canon = uri !== undefined ? canonicalNamespace(uri) : undefined;
      if (canon !== undefined) {
        if (canon === '' || (canon === 'atom' && kind === 'atom')) name = local;
        else name = `${canon}:${local}`;
      }
    }
    return name;
  };
  const rename = (qname: string): string => {
    const name = canonical(qname);
    return RENAME_ALWAYS.get(name) ?? (kind === 'atom' ? RENAME_ATOM.get(name) : undefined) ?? name;
  };

  const emitStart = (name: string, attrs: Array<[string, string]>, selfClosing: boolean, typeOverride?: string) => {
    let s = '<' + name;
    for (const [k, v] of attrs) {
      const value = k === 'type' && typeOverride ? typeOverride : v;
      s += ` ${k}="${escapeAttr(value)}"`;
    }
    cur.push(s + (selfClosing ? '/>' : '>'));
  };

  let p = 0;
  const n = src.length;
  while (p < n && !rootClosed) {
    const lt = src.indexOf('<', p);
    if (lt === -1) {
      if (rootName !== null) cur.push(repairReferences(src.slice(p)));
      break;
    }
    if (lt > p && rootName !== null) cur.push(repairReferences(src.slice(p, lt)));
    // (text before the root element is dropped: junk such as PHP warnings or stray whitespace)

    if (src.startsWith('<!--', lt)) {
      const e = src.indexOf('-->', lt + 4);
      if (e === -1) {
        cur.push(src.slice(lt)); // let the parser report it
        break;
      }
      p = e + 3;
      continue;
    }
    if (src.startsWith('<![CDATA[', lt)) {
      const e = src.indexOf(']]>', lt + 9);
      if (e === -1) {
        cur.push(src.slice(lt));
        break;
      }
      if (rootName !== null) cur.push(src.slice(lt, e + 3));
      p = e + 3;
      continue;
    }
    if (src[lt + 1] === '?') {
      const e = src.indexOf('?>', lt + 2);
      if (e === -1) {
        cur.push(src.slice(lt));
        break;
      }
      p = e + 2; // XML declaration and other processing instructions are dropped
      continue;
    }
    if (src[lt + 1] === '!') {
      // DOCTYPE (possibly with an internal subset) or another declaration: dropped
      const gt = src.indexOf('>', lt);
      if (gt === -1) {
        cur.push(src.slice(lt));
        break;
      }
      const bracket = src.slice(lt, gt).indexOf('[');
      if (bracket !== -1) {
        const re = /\]\s*>/g;
        re.lastIndex = lt + bracket;
        const m = re.exec(src);
        if (!m) {
          cur.push(src.slice(lt));
          break;
        }
        p = m.index + m[0].length;
      } else {
        p = gt + 1;
      }
      continue;
    }
    if (src[lt + 1] === '/') {
      const m = /<\/([^\s>]+)\s*>/y;
      m.lastIndex = lt;
      const em = m.exec(src);
      if (!em) {
        cur.push(src.slice(lt)); // e.g. "</rss" at end of file
        break;
      }
      p = lt + em[0].length;
      if (rootName === null) continue; // stray end tag before the root
      const name = rename(em[1]);
      if (name === 'item' && itemDepth > 0 && (kind === 'rss' || kind === 'rdf')) {
        cur.push('</item>');
        itemDepth--;
        if (itemDepth > 0) {
          deferred.push(cur.join(''));
          cur = stack.pop()!;
        } else {
          for (const d of deferred) cur.push(d);
          deferred.length = 0;
        }
      } else {
        cur.push(`</${name}>`);
      }
      if (em[1] === rootName) rootClosed = true;
      continue;
    }
    if (!isNameStart(src[lt + 1])) {
      if (rootName !== null) cur.push('&lt;');
      p = lt + 1;
      continue;
    }
    const tag = parseStartTag(src, lt);
    if (!tag) {
      cur.push(src.slice(lt)); // unterminated tag: let the parser report it
      break;
    }
    if (!VALID_ELEMENT_NAME.test(tag.name)) {
      // "<a,b>" or "<foo&bar>" cannot be an element: it was text
      if (rootName !== null) cur.push('&lt;');
      p = lt + 1;
      continue;
    }
    p = tag.end;

    if (rootName === null) {
      rootName = tag.name;
      kind = kindOf(tag.name);
      rootBase = tag.attrs.find(([k]) => k === 'xml:base')?.[1] ?? null;
      rootVersion = tag.attrs.find(([k]) => k === 'version')?.[1] ?? null;
      if (kind === 'html' || kind === 'unknown') {
        return { xml: '', kind, rootName, rootBase, rootVersion };
      }
    }

    const canonName = canonical(tag.name);
    const name = rename(tag.name);

    if (name === 'item' && (kind === 'rss' || kind === 'rdf')) {
      if (tag.selfClosing) {
        if (itemDepth === 0) emitStart(name, tag.attrs, true);
        continue; // an empty nested <item/> carries nothing
      }
      if (itemDepth > 0) {
        stack.push(cur);
        cur = [];
      }
      itemDepth++;
      emitStart(name, tag.attrs, false);
      continue;
    }

    if (!tag.selfClosing && CAPTURE.has(canonName)) {
      const typeAttr = tag.attrs.find(([k]) => k === 'type')?.[1]?.toLowerCase() ?? '';
      const xhtml = typeAttr === 'xhtml' || typeAttr === 'application/xhtml+xml';
      const close = findClose(src, tag.end, tag.name, budget);
      if (close && (close.hasChild || xhtml)) {
        const html = innerToHtml(src.slice(tag.end, close.innerEnd), xhtml, nsMap);
        emitStart(name, tag.attrs, false, xhtml ? 'html' : undefined);
        cur.push(cdata(html), `</${name}>`);
        p = close.end;
        continue;
      }
    }

    emitStart(name, tag.attrs, tag.selfClosing);
  }

  // unclosed items at end of input: put nested buffers back so the parser sees (and reports) them
  while (stack.length) {
    const inner = cur.join('');
    cur = stack.pop()!;
    cur.push(inner);
  }
  for (const d of deferred) cur.push(d);

  return { xml: out.join(''), kind, rootName, rootBase, rootVersion };
}
