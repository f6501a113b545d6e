// A later sentence naming a day before the lead's days cites an earlier, separate incident.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import type { Lang } from '../../../src/analysis/types.js';

// Saturday 15 March 2025
const published = '2025-03-15T09:00:00Z';
const scopeOf = (text: string, lang: Lang, count: number) => extractFigures(text, { lang, published }).find((f) => f.count === count)?.scope;

const cases: [Lang, string, string, number, 'event' | 'background'][] = [
  ['en', 'A drone strike on a market killed 23 people on Saturday, medics said.', 'On Wednesday, shelling of a clinic in the same district killed 9 people.', 9, 'background'],
  ['fr', 'Une frappe de drone sur un marché a tué 23 personnes samedi, selon les secours.', 'Mercredi, des tirs sur une clinique du même quartier avaient tué 9 personnes.', 9, 'background'],
  ['de', 'Ein Drohnenangriff auf einen Markt hat am Samstag 23 Menschen getötet.', 'Am Mittwochabend waren bei einem Angriff auf eine Klinik 9 Menschen getötet worden.', 9, 'background'],
  ['es', 'Un ataque con drones contra un mercado mató el sábado a 23 personas.', 'El miércoles, un bombardeo contra una clínica mató a 9 personas.', 9, 'background'],
  ['ar', 'قتل 23 شخصا يوم السبت في غارة بطائرة مسيرة على سوق.', 'وكان قصف على عيادة يوم الأربعاء قد أسفر عن مقتل 9 أشخاص.', 9, 'background'],
  // traps: a day within the lead's span, "since" a day, a day the day before
  ['en', 'Fighting since Wednesday has killed 40 people, medics said on Saturday.', 'On Thursday, shelling of a clinic killed 9 people.', 9, 'event'],
  ['en', 'A drone strike on a market killed 23 people on Saturday, medics said.', 'Since Wednesday, 9 people have been killed in the district.', 9, 'event'],
  ['en', 'A drone strike on a market killed 23 people on Saturday, medics said.', 'On Friday night, shelling of a clinic killed 9 people.', 9, 'event'],
];

describe('scope: weekdays before the lead\'s', () => {
  it.each(cases)('%s: %s / %s', (lang, lead, later, n, want) => {
    const text = `Headline about the strike\n\n${lead} Rescuers searched the rubble. Officials condemned the attack. ${later}`;
    expect(scopeOf(text, lang, n)).toBe(want);
  });
});
