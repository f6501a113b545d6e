// Toll alerts: when a story's best killed figure rises past a server's threshold, one message in the
// alert channel. At most one per story per cycle, because this runs once per cycle.
import { compareTolls, formatFigure } from '../analysis/stories/compareTolls.js';
import type { Store } from '../store/openStore.js';
import type { AlertRule } from '../store/channelState.js';
import { storyArticles } from '../store/queries.js';
import type { Poster } from '../delivery/poster.js';
import type { Logger } from '../util/log.js';
import { shortReporter } from '../discord/render/figuresLine.js';

/** Whether a move from `previous` to `current` is worth an alert under `rule`. */
export function shouldAlert(rule: Pick<AlertRule, 'minChange' | 'minKilled'>, previous: number | undefined, current: number): boolean {
  if (previous === undefined) return false; // first sight sets the level; only a rise alerts
  if (current < rule.minKilled || current <= previous) return false;
  return ((current - previous) / Math.max(1, previous)) * 100 >= rule.minChange;
}

export async function evaluateAlerts(store: Store, poster: Poster, log: Logger, changedStories: Iterable<string>, now: Date): Promise<number> {
  const changed = [...new Set(changedStories)];
  if (changed.length === 0) return 0;
  const rules = await store.channels.allAlertRules();
  let sent = 0;
  for (const rule of rules) {
    for (const storyId of changed) {
      const story = await store.stories.get(storyId);
      if (!story) continue;
      const articles = await storyArticles(store, rule.guildId, story);
      if (articles.length === 0) continue;
      const comparison = compareTolls(
        articles.map((a) => ({ articleId: a.id, outlet: a.outlet, title: a.title, url: a.url, published: a.published ?? a.fetchedAt, figures: a.figures })),
        'killed',
      );
      const best = comparison.best;
      if (!best) continue;
      const level = await store.channels.alertLevel(rule.guildId, storyId);
      const label = formatFigure(best.figure);
      if (level && level.count === best.figure.count) continue;
      if (shouldAlert(rule, level?.count, best.figure.count)) {
        const source = [best.reportedBy ? shortReporter(best.reportedBy) : null, best.outlet ? `via ${best.outlet}` : null].filter(Boolean).join(' ');
        const text = `🚨 **${story.title}**: killed ${label}, was ${level!.label}${source ? ` — ${source}` : ''}`;
        try {
          await poster.notify(rule.channelId, text, { mentionRoleId: rule.roleId ?? undefined });
          sent++;
        } catch (err) {
          log.warn(`alert for story ${storyId} could not be posted in ${rule.channelId}: ${(err as Error).message}`);
          continue; // keep the old level so the next cycle tries again
        }
      }
      // The level follows the figure down as well as up, so a later rise is measured from what readers last saw.
      await store.channels.setAlertLevel({ guildId: rule.guildId, storyId, count: best.figure.count, label, updatedAt: now.toISOString() });
    }
  }
  return sent;
}
