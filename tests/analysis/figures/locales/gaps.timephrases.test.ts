// Time phrases of a running total: Arabic ones with a clinging و/ف ("ومنذ بداية العام", "وفي الأشهر
// الثلاثة الأخيرة"), German "in den vergangenen drei Monaten".
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { extractFigures } from '../../../../src/analysis/figures/index.js';

const scopes = (text: string, lang: Lang) =>
  extractFigures(text, { lang, published: '2024-06-20T10:00:00Z' }).map((f) => `${f.kind} ${f.count} ${f.scope}`);

describe('time phrases of a running total', () => {
  it.each([
    ['ar', 'ومنذ بداية العام قتل 300 شخص في المنطقة.', ['killed 300 background']],
    ['ar', 'وفي الأشهر الثلاثة الأخيرة قتل 800 شخص.', ['killed 800 background']],
    ['ar', 'وخلال السنوات الماضية خطف 450 شخصا.', ['detained 450 background']],
    ['de', 'In den vergangenen drei Monaten wurden 800 Menschen getötet.', ['killed 800 background']],
    // traps: the current days
    ['ar', 'وفي الساعات الأخيرة قتل 12 شخصا.', ['killed 12 event']],
    ['ar', 'ومنذ فجر اليوم قتل 12 شخصا.', ['killed 12 event']],
    ['de', 'In den vergangenen drei Tagen wurden 80 Menschen getötet.', ['killed 80 event']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => {
    expect(scopes(text, lang)).toEqual(want);
  });
});

describe('"before <weekday>" is before the current events', () => {
  const art = (lead: string, later: string, fill: string) => `${lead}\n${fill}\n${fill}\n${later}`;
  it.each([
    ['ar', 'قتل 12 شخصا في غارة يوم الإثنين على البلدة.', 'والتي أسفرت قبل يوم الإثنين عن سقوط أكثر من 300 قتيل في المنطقة.', 'وتعمل فرق الإنقاذ في المكان.', ['killed 12 event', 'killed 300 background']],
    ['fr', 'Une frappe a tué 12 personnes lundi dans la ville.', 'Avant lundi, les bombardements avaient déjà fait plus de 300 morts dans la région.', 'Les secours sont sur place.', ['killed 12 event', 'killed 300 background']],
    ['es', 'Un ataque mató a 12 personas el lunes en la ciudad.', 'Antes del lunes, los bombardeos ya habían dejado más de 300 muertos en la región.', 'Los rescatistas siguen trabajando.', ['killed 12 event', 'killed 300 background']],
    // trap: the weekday alone is the event
    ['fr', 'Une frappe a tué 12 personnes lundi dans la ville.', 'Lundi, les bombardements ont aussi fait 30 morts dans la région.', 'Les secours sont sur place.', ['killed 12 event', 'killed 30 event']],
  ] as [Lang, string, string, string, string[]][])('%s: %s', (lang, lead, later, fill, want) => {
    expect(extractFigures(art(lead, later, fill), { lang, published: '2024-06-18T10:00:00Z' }).map((f) => `${f.kind} ${f.count} ${f.scope}`)).toEqual(want);
  });
});
