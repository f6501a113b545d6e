import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeFeedBytes, charsetFromContentType, normaliseCharset } from '../../src/feeds/charset.js';

const xml = (decl: string | null, body: string) => `${decl === null ? '' : `<?xml version="1.0" encoding="${decl}"?>`}<rss version="2.0"><channel><title>${body}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it('uses the HTTP charset, else the XML declaration, else UTF-8', () => {
    const text = 'Новости: В Бузулуке';
    const bytes = iconv.encode(xml('windows-1251', text), 'windows-1251');
    expect(decodeFeedBytes(bytes, 'text/xml; charset=windows-1251')).toMatchObject({ charset: 'windows-1251', source: 'http' });
    expect(decodeFeedBytes(bytes, 'text/xml').text).toContain(text);
    expect(decodeFeedBytes(bytes, null)).toMatchObject({ charset: 'windows-1251', source: 'xml' });
    expect(decodeFeedBytes(Buffer.from(xml(null, 'Zürich – ok')), null)).toMatchObject({ charset: 'utf-8', source: 'default' });
  });

  it('prefers the document over a generic ISO-8859-1 server default', () => {
    const bytes = iconv.encode(xml('windows-1251', 'Привет'), 'windows-1251');
    const r = decodeFeedBytes(bytes, 'text/xml; charset=ISO-8859-1');
    expect(r.text).toContain('Привет');
  });

  it('reads declared UTF-8 that is not UTF-8 as windows-1252 / the other declaration', () => {
    const bytes = iconv.encode(xml('ISO-8859-1', 'Notícias Últimas'), 'latin1');
    expect(decodeFeedBytes(bytes, 'text/xml; charset=utf-8')).toMatchObject({ charset: 'windows-1252', source: 'xml' });
    expect(decodeFeedBytes(bytes, 'text/xml; charset=utf-8').text).toContain('Notícias Últimas');
    const undeclared = iconv.encode(xml(null, 'Notícias Últimas'), 'latin1');
    expect(decodeFeedBytes(undeclared, 'application/xml; charset="utf-8"')).toMatchObject({ charset: 'windows-1252', source: 'guess' });
    expect(decodeFeedBytes(undeclared, null).text).toContain('Notícias Últimas');
  });

  it('reads a lying non-UTF-8 declaration on valid UTF-8 as UTF-8', () => {
    const bytes = Buffer.from(xml('ISO-8859-1', '© Bettmann – “quoted”'));
    const r = decodeFeedBytes(bytes, null);
    expect(r).toMatchObject({ charset: 'utf-8', source: 'utf8-override' });
    expect(r.text).toContain('© Bettmann – “quoted”');
  });

  it('treats ISO-8859-1 as windows-1252 (curly quotes in 0x80-0x9F) and never emits U+FFFD for undefined bytes', () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>'), Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x81]), Buffer.from('</title></channel></rss>')]);
    const r = decodeFeedBytes(bytes, null);
    expect(r.text).toContain('“Hi” €');
    expect(r.text).not.toContain('\uFFFD');
  });

  it('honours byte-order marks over any declaration and strips them', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('ISO-8859-1', 'Μωριας'))]);
    const r = decodeFeedBytes(utf8, 'text/xml; charset=iso-8859-1');
    expect(r).toMatchObject({ charset: 'utf-8', source: 'bom' });
    expect(r.text.startsWith('<?xml')).toBe(true);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml('UTF-16', 'שלום'), 'utf16le')]);
    expect(decodeFeedBytes(utf16, null).text).toContain('שלום');
    const utf16noBom = Buffer.from(xml('UTF-16', 'שלום'), 'utf16le');
    expect(decodeFeedBytes(utf16noBom, null).text).toContain('שלום');
  });

  it('ignores a UTF-16 declaration on 8-bit bytes', () => {
    const r = decodeFeedBytes(Buffer.from(xml('UTF-16', 'Zürich')), null);
    expect(r.text).toContain('Zürich');
  });

  it('decodes multi-byte legacy charsets (GB2312 as GB18030, Shift_JIS)', () => {
    const gb = iconv.encode(xml('gb2312', '习近平为何如此强调崇尚英雄'), 'gb18030');
    expect(decodeFeedBytes(gb, null).text).toContain('习近平为何如此强调崇尚英雄');
    const sj = iconv.encode(xml('Shift_JIS', '東京のニュース'), 'shift_jis');
    expect(decodeFeedBytes(sj, 'text/xml; charset=x-sjis').text).toContain('東京のニュース');
  });

  it('guesses undeclared non-Latin single-byte text', () => {
    const he = 'האם תדפיס נייר של אתר אינטרנט שמוצג על מסך משתמש הוא העתק נאמן למקור';
    const ru = 'Главные новости Оренбурга и области: строительство детского сада и ледового дворца';
    const ar = 'قالت وزارة الصحة إن عدد القتلى ارتفع إلى مئة وعشرين شخصا في المدينة';
    expect(decodeFeedBytes(iconv.encode(xml(null, he), 'windows-1255'), null)).toMatchObject({ charset: 'windows-1255', source: 'guess' });
    expect(decodeFeedBytes(iconv.encode(xml(null, ru), 'windows-1251'), null).text).toContain(ru);
    expect(decodeFeedBytes(iconv.encode(xml(null, ar), 'windows-1256'), null).text).toContain(ar);
    // a <language> element decides when present
    const uk = iconv.encode(`<rss><channel><language>uk</language><title>Київ</title></channel></rss>`, 'windows-1251');
    expect(decodeFeedBytes(uk, null).text).toContain('Київ');
  });
});

describe('charset helpers', () => {
  it('parses Content-Type charset parameters', () => {
    expect(charsetFromContentType('text/xml; charset=UTF-8')).toBe('UTF-8');
    expect(charsetFromContentType('text/xml;charset="iso-8859-1"; foo=bar')).toBe('iso-8859-1');
    expect(charsetFromContentType('application/rss+xml')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
  it('normalises labels', () => {
    expect(normaliseCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normaliseCharset('utf8')).toBe('utf-8');
    expect(normaliseCharset('GB2312')).toBe('gb18030');
    expect(normaliseCharset('no-such-charset')).toBeNull();
  });
});
