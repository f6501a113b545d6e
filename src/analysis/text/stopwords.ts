// Function words of the five languages. Used by the language detector (which words mark which
// language) and by the summarisers (which words carry no content). Lowercase, accents kept.
import type { Lang } from '../types.js';

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const EN = list(`
  a an the and or but nor of to in on at by for from with without into onto over under about after
  before between against during since until upon within through across along among around as than
  then so if when while where who whom whose which what that this these those there here
  is are was were be been being am has have had having do does did done will would shall should
  can could may might must not no yes it its it's he him his she her hers they them their theirs
  we us our ours you your i me my mine also just only very more most much many some any all both
  each few other such own same too again further once out up down off said says say according
  because however although though yet still even ever
`);

const FR = list(`
  le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où
  ce cet cette ces c se s sa son ses leur leurs mon ma mes ton ta tes notre nos votre vos
  il ils elle elles on nous vous je j me m te t lui eux y en ne n pas plus moins très
  est sont était étaient été être a ont avait avaient avoir fait faire sera seront serait
  dans sur sous avec sans pour par chez vers entre contre depuis pendant selon après avant lors
  aussi encore déjà ainsi alors comme tout tous toute toutes autre autres même cela ceci
`);

const DE = list(`
  der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn
  ist sind war waren sei seien wird werden wurde wurden worden hat haben hatte hatten habe
  bin bist sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem ihm ihn sie er es wir
  ich du man sich nicht kein keine keinen auch noch schon nur sehr mehr als wie wenn dass
  ob weil da dort hier mit von zu zum zur im ins am an auf aus bei nach seit für über unter
  vor hinter neben zwischen gegen ohne um durch laut dieser diese dieses diesem diesen jener
  welche welcher welches wo was wer alle allem allen aller viele vielen einige mehrere
`);

const ES = list(`
  el la los las lo un una unos unas y e o u ni pero sino que quien quienes cual cuales cuyo
  de del al a en con sin por para según sobre entre desde hasta hacia contra tras durante ante
  es son era eran fue fueron ser sido está están estaba estaban estar ha han había habían haber
  se su sus le les me te nos os mi mis tu tus él ella ellos ellas nosotros usted ustedes
  no sí más muy también ya aún como cuando donde este esta estos estas ese esa esos esas
  aquel aquella otro otra otros otras todo toda todos todas mismo misma
`);

const AR = list(`
  في من إلى على عن مع أن إن كان كانت التي الذي الذين هذا هذه ذلك تلك هو هي هم قد لم لن لا ما
  و أو ثم بعد قبل بين حتى عند منذ خلال كما كل أي غير وقال وقالت قال قالت وفي ومن إلى وإن أنه أنها
`);

export const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(EN),
  fr: new Set(FR),
  de: new Set(DE),
  es: new Set(ES),
  ar: new Set(AR),
};

/** Every language's function words together: for text whose language is mixed or unsure. */
export const ALL_STOPWORDS: ReadonlySet<string> = new Set([...EN, ...FR, ...DE, ...ES, ...AR]);

export function isStopword(word: string, lang?: Lang): boolean {
  return (lang ? STOPWORDS[lang] : ALL_STOPWORDS).has(word);
}

/** Month names and their abbreviations in the four Latin-script languages, lowercase. */
export const MONTHS: ReadonlySet<string> = new Set(
  list(`
    january february march april may june july august september october november december
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    januar jänner februar märz juni juli oktober dezember
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    jan feb mar mär apr jun jul aug sep sept oct okt nov dec dez janv févr avr juil déc ene abr ago dic
  `),
);
