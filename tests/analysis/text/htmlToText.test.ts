import { describe, expect, it } from 'vitest';
import { decodeEntities, foldWhitespace, htmlToText } from '../../../src/analysis/text/htmlToText.js';

describe('htmlToText', () => {
  it('turns paragraphs into blank-line separated text and <br> into a line break', () => {
    expect(htmlToText('<p>First paragraph.</p><p>Second<br>line.</p>')).toBe('First paragraph.\n\nSecond\nline.');
  });

  it('keeps the text of links and drops their URLs', () => {
    const out = htmlToText('<p>Rebels advanced on <a href="https://example.com/aleppo">Aleppo</a>, activists said.</p>');
    expect(out).toBe('Rebels advanced on Aleppo, activists said.');
    expect(out).not.toContain('example.com');
    expect(out).not.toContain('[');
  });

  it('decodes entities', () => {
    expect(htmlToText('<p>Tom &amp; Jerry &mdash; &laquo;caf&eacute;&raquo; &#8230; &#x41;&nbsp;B</p>')).toBe('Tom & Jerry — «café» … A B');
  });

  it('drops scripts, styles, images, figures and their captions', () => {
    const html =
      '<style>p { color: red }</style><script>var x = "<p>evil</p>";</script>' +
      '<figure><img src="a.jpg" alt="A burned truck"><figcaption>A burned truck. (AFP)</figcaption></figure>' +
      '<p>Fighting continued on Friday.</p><img src="b.jpg" alt="Smoke over the city"><noscript>Enable JS</noscript>';
    expect(htmlToText(html)).toBe('Fighting continued on Friday.');
  });

  it('does not uppercase headings and sets them apart as paragraphs', () => {
    expect(htmlToText('<h2>Struggle for Idlib</h2><p>Turkish sources said so.</p>')).toBe('Struggle for Idlib\n\nTurkish sources said so.');
  });

  it('puts list items on their own lines without bullets', () => {
    expect(htmlToText('<ul><li>One</li><li>Two</li></ul>')).toBe('One\nTwo');
  });

  it('folds whitespace inside paragraphs', () => {
    expect(htmlToText('<div>\n   Too    many\n\tspaces   here.  </div>')).toBe('Too many spaces here.');
  });

  it('leaves plain text unchanged apart from folding whitespace', () => {
    const text = 'Rebels seized 50 villages.\n\nThe toll rose to 242 (AFP).\nA < B and C > D, 5 > 3.';
    expect(htmlToText(text)).toBe(text);
    expect(htmlToText('  Too   many  spaces.\n\n\n\nNext   paragraph.  ')).toBe('Too many spaces.\n\nNext paragraph.');
  });

  it('keeps blank-line paragraphs of HTML that has only inline tags', () => {
    expect(htmlToText('First <b>para</b>.\n\nSecond <i>para</i>.')).toBe('First para.\n\nSecond para.');
  });

  it('never throws on malformed HTML', () => {
    const inputs = [
      '<p>unclosed <b>bold <i>italic</div></p>',
      '<<<>>></p></',
      '<![CDATA[ <p>cdata</p>',
      '<p attr="unterminated>text',
      '<script>never closed',
      '<!-- comment never closed <p>x</p>',
      '&#xFFFFFFFF; &#0; &bogus;',
      '<table><tr><td>a<td>b</table>',
      '\u0000<p>\u0000</p>',
    ];
    for (const html of inputs) expect(() => htmlToText(html)).not.toThrow();
    expect(htmlToText('<p>unclosed <b>bold <i>italic</div></p>')).toBe('unclosed bold italic');
    expect(htmlToText('<![CDATA[ <p>cdata</p>')).toBe('cdata');
  });

  it('returns an empty string for empty or non-string input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText(undefined as unknown as string)).toBe('');
  });

  // a quadratic or backtracking blowup shows as a timeout; speed itself is measured by `npm run bench`
  it('converts 200 KB of HTML', () => {
    let html = '';
    for (let i = 0; html.length < 200_000; i++) html += `<p>Paragraph ${i} with <a href="https://e.com/${i}">a link</a> &amp; <b>bold</b> text.</p>`;
    const text = htmlToText(html);
    expect(text.startsWith('Paragraph 0 with a link & bold text.\n\nParagraph 1')).toBe(true);
  }, 30_000);
});

describe('foldWhitespace and decodeEntities', () => {
  it('normalises line ends, blanks and invisible characters', () => {
    expect(foldWhitespace('a\r\nb\u00A0\u00A0c\u200Bd \n \n \n e')).toBe('a\nb cd\n\ne');
  });

  it('decodes numeric and common named references and leaves others alone', () => {
    expect(decodeEntities('AT&T &amp; &#233;t&eacute; &unknown; &#x1F600;')).toBe('AT&T & été &unknown; 😀');
  });
});
