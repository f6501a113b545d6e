import { describe, expect, it } from 'vitest';
import { articleSentences, capText, cleanSentence, isBoilerplate, isCaptionLine } from '../../../src/analysis/summary/candidates.js';

describe('boilerplate', () => {
  it('recognises caption and credit lines', () => {
    for (const line of [
      ' date 2024-11-29 Fighting in Aleppo province. (November 28, 2024) Image: Keystone/AP Photo/Ghaith Alsayed',
      'A fighter rides past a burned truck in Khan al-Assal, November 29, 2024. (AAREF WATAD / AFP)',
      'A fighter rides his motorbike past a burnt truck, Nov. 29, 2024. (AFP Photo)',
      'Photo: Reuters',
      'Foto: EFE/ Mohammed Al-Rifai',
      '© Reuters 2024',
      'Published on 29/11/2024 11:18',
      'Reading time: 1min',
    ]) expect(isCaptionLine(line), line).toBe(true);
    for (const line of [
      'The fighting has killed at least 242 people, according to a Syrian war monitor.',
      'BEIRUT (Reuters) - Rebels advanced on Aleppo on Friday.',
      'Updated figures released on Friday showed 300 deaths.',
    ]) expect(isCaptionLine(line), line).toBe(false);
  });

  it('recognises prompts, labels, bylines and lone credits', () => {
    for (const s of [
      'Read more: Ukraine war latest',
      'Sign up for our daily newsletter.',
      'Follow us on X for more news.',
      'Continue reading...',
      'Read full article >>',
      'NEXT living with HIV in France in 2024 remains a journey strewn with pitfalls',
      'Source: BFM TV',
      '(AFP)',
      'By Jane Smith',
      'Par Jean Dupont et Marie Curie',
      'Lire aussi : Syrie, le retour de la guerre',
      'Lesen Sie auch: Was hinter der Offensive steckt',
      'Suscríbete a nuestro boletín.',
      'اقرأ أيضا: ما هي هيئة تحرير الشام؟',
      'Publicité',
    ]) expect(isBoilerplate(s), s).toBe(true);
    for (const s of [
      'By Friday, the rebels had advanced into the western Aleppo countryside.',
      'Live ammunition was fired at protesters, witnesses said.',
      'The channel said it would share the footage with investigators.',
      'ودعا الأمين العام للمزيد من المساعدات الإنسانية.',
      'اشترك في الهجوم أكثر من ألف مقاتل.',
    ]) expect(isBoilerplate(s), s).toBe(false);
  });

  it('strips datelines and agency tags from quoted sentences', () => {
    expect(cleanSentence('BEIRUT (Reuters) - Rebels advanced on Aleppo.')).toBe('Rebels advanced on Aleppo.');
    expect(cleanSentence('GAZA CITY — Strikes hit the north.')).toBe('Strikes hit the north.');
    expect(cleanSentence('Beirut, Nov 29 (AFP) - Rebels advanced.')).toBe('Rebels advanced.');
    expect(cleanSentence('Die Rebellen rückten vor (dpa)')).toBe('Die Rebellen rückten vor');
    expect(cleanSentence('U.S.-backed forces held the line.')).toBe('U.S.-backed forces held the line.');
  });
});

describe('articleSentences', () => {
  it('keeps sentences worth quoting with their offsets and drops the rest', () => {
    const text =
      'Smoke over Kharkiv on Thursday.\nPhoto: John Doe / Reuters\n\nA missile strike on Kharkiv killed at least 12 people on Thursday, officials said.\n\nShort one.\n\nNo end of sentence here though it is long enough';
    const { candidates, fallback } = articleSentences(text, 'en');
    expect(candidates.map((c) => c.text)).toEqual(['A missile strike on Kharkiv killed at least 12 people on Thursday, officials said.']);
    expect(text.slice(candidates[0].start, candidates[0].end)).toBe(candidates[0].text);
    expect(candidates[0].rank).toBe(0);
    expect(fallback).toEqual(['Short one.', 'No end of sentence here though it is long enough']);
  });

  it('stops after `limit` candidates', () => {
    const text = 'This is a perfectly ordinary sentence about the war. '.repeat(100);
    expect(articleSentences(text, 'en', undefined, 5).candidates).toHaveLength(5);
  });

  it('caps text at a paragraph or word boundary', () => {
    const text = `${'word '.repeat(10)}\n${'more '.repeat(10)}`;
    expect(capText(text, 1000)).toBe(text);
    expect(capText(text, 58)).toBe('word '.repeat(10));
    expect(capText('aaaa bbbb cccc', 11)).toBe('aaaa bbbb');
  });
});
