// The filter and mention options shared by /feed add and /feed edit, validated with zod; a bad value
// becomes a refusal that says how to fix it.
import { type ChatInputCommandInteraction, type SlashCommandSubcommandBuilder } from 'discord.js';
import { z } from 'zod';
import { LANGS, type Lang } from '../analysis/types.js';
import { compileFilterPattern, FilterPatternError } from '../poller/filters.js';
import type { Subscription, SubscriptionFilters } from '../store/records.js';
import { UserFacingError } from './context.js';

export function addFilterOptions(s: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder {
  return s
    .addStringOption((o) => o.setName('keywords').setDescription('Only articles containing one of these words (comma-separated; "-" clears)').setMaxLength(500))
    .addStringOption((o) => o.setName('exclude').setDescription('Skip articles containing one of these words (comma-separated; "-" clears)').setMaxLength(500))
    .addStringOption((o) => o.setName('pattern').setDescription('Only articles matching this regular expression ("-" clears)').setMaxLength(200))
    .addIntegerOption((o) => o.setName('min-killed').setDescription('Only articles reporting at least this many killed (0 = all)').setMinValue(0).setMaxValue(10_000_000))
    .addStringOption((o) => o.setName('languages').setDescription(`Only articles in these languages: ${LANGS.join(', ')} (comma-separated; "-" clears)`).setMaxLength(50))
    .addRoleOption((o) => o.setName('mention').setDescription('Role to mention on posts (see mention-min-killed)'))
    .addIntegerOption((o) => o.setName('mention-min-killed').setDescription('Mention the role only when at least this many are reported killed (default 0)').setMinValue(0));
}

const list = (raw: string) =>
  raw
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

const langList = z.array(z.enum(LANGS));

/** What the options change; undefined fields were not given and stay as they are. */
export interface SubscriptionChange {
  keywords?: string[];
  filters: SubscriptionFilters;
  mention?: Subscription['mention'];
}

export function readFilterOptions(interaction: ChatInputCommandInteraction, guildId: string, current?: Subscription): SubscriptionChange {
  const o = interaction.options;
  const filters: SubscriptionFilters = { ...(current?.filters ?? {}) };
  const change: SubscriptionChange = { filters };
  const kw = o.getString('keywords');
  if (kw !== null) change.keywords = kw.trim() === '-' ? [] : list(kw);
  const ex = o.getString('exclude');
  if (ex !== null) filters.exclude = ex.trim() === '-' ? [] : list(ex);
  const pattern = o.getString('pattern');
  if (pattern !== null) {
    if (pattern.trim() === '-') delete filters.pattern;
    else {
      try {
        compileFilterPattern(pattern);
      } catch (err) {
        if (err instanceof FilterPatternError) throw new UserFacingError(`The pattern \`${pattern}\` was refused: ${err.message}.`);
        throw err;
      }
      filters.pattern = pattern;
    }
  }
  const minKilled = o.getInteger('min-killed');
  if (minKilled !== null) filters.minKilled = minKilled || undefined;
  const langs = o.getString('languages');
  if (langs !== null) {
    if (langs.trim() === '-') delete filters.languages;
    else {
      const parsed = langList.safeParse(list(langs.toLowerCase()));
      if (!parsed.success) throw new UserFacingError(`Languages must be among ${LANGS.join(', ')}, separated by commas (got “${langs}”).`);
      filters.languages = parsed.data as Lang[];
    }
  }
  const role = o.getRole('mention');
  const mentionMin = o.getInteger('mention-min-killed');
  if (role) {
    if (role.id === guildId) throw new UserFacingError('Posts cannot mention @everyone. Pick a role that members can opt into.');
    change.mention = { roleId: role.id, minKilled: mentionMin ?? 0 };
  } else if (mentionMin !== null) {
    if (!current?.mention) throw new UserFacingError('Set `mention:` (a role) together with `mention-min-killed:`.');
    change.mention = { ...current.mention, minKilled: mentionMin };
  }
  return change;
}

export function describeFilters(sub: Subscription): string {
  const parts: string[] = [];
  if (sub.keywords.length) parts.push(`keywords: ${sub.keywords.join(', ')}`);
  const f = sub.filters ?? {};
  if (f.exclude?.length) parts.push(`excluding: ${f.exclude.join(', ')}`);
  if (f.pattern) parts.push(`pattern: \`${f.pattern}\``);
  if (f.minKilled) parts.push(`≥${f.minKilled} killed`);
  if (f.languages?.length) parts.push(`languages: ${f.languages.join(', ')}`);
  if (sub.mention) parts.push(`mentions <@&${sub.mention.roleId}>${sub.mention.minKilled ? ` at ≥${sub.mention.minKilled} killed` : ''}`);
  return parts.join(' · ');
}
