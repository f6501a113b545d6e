// Parts of a count: "24 civilians were killed, 19 of them in air strikes", "killing 14 civilians,
// including three children", "including 24 dead". A part takes the kind (and, when it names no
// group of its own, the group) of the count it belongs to.
import { wordCount } from '../engine/compile.js';
import type { Refiner } from './types.js';

export const subsetRefiner: Refiner = (ctx, cands) => {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!c.subset || (c.kind && c.who && c.who !== 'people')) continue;
    let parent = null;
    // a sentence that opens with the marker ("Among them are…", "Darunter seien…", "ومن بينهم")
    // continues the count of the sentence before
    // (or opens with the part: "Trois des victimes sont des enfants", "Drei der Opfer waren Kinder")
    const opens = (c.subset === 'before' ? wordCount(ctx.sentences[c.sentence].lower.slice(0, c.hedgeStart)) <= 4 : c.hedgeStart <= 1) && (i === 0 || cands[i - 1].sentence !== c.sentence);
    for (let j = i - 1; j >= 0; j--) {
      const p = cands[j];
      if (p.sentence !== c.sentence && !(opens && p.sentence === c.sentence - 1)) break;
      // a marker that names a kind ("among the dead") is a part of a count of that kind
      if (c.subset === 'before' && c.subsetKind && p.kind !== c.subsetKind) continue;
      if (p.kind && !p.rejected && (c.subset === 'after' || p.count >= c.count)) {
        parent = p;
        break;
      }
    }
    // "20 wounded, including 3 children, and 7 of them…": a part larger than the part before is of
    // the whole
    if (parent && c.subset === 'after' && parent.count < c.count && parent.subset) {
      for (let j = cands.indexOf(parent) - 1; j >= 0 && cands[j].sentence === parent.sentence; j--) {
        const p = cands[j];
        if (p.kind && !p.rejected && p.count >= c.count) {
          parent = p;
          break;
        }
      }
    }
    if (!c.kind) c.kind = c.subsetKind ?? parent?.kind ?? null;
    if (!c.who) c.who = c.whoBeforeMarker ?? parent?.who ?? null;
    // a part named by a generic noun ("dont six Tchadiens" of soldiers) is of the whole's group
    else if (c.who === 'people' && c.subset === 'before' && parent?.who && parent.who !== 'people') c.who = parent.who;
    if (parent) {
      c.parent = cands.indexOf(parent);
      c.parentRef = parent;
    }
  }
  return cands;
};
