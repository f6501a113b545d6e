// One place that reads the environment and config/sitrep.json, validated once at start.
// A wrong value stops the start with one line naming the setting and what is allowed.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import cron from 'node-cron';
import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly setting: string, readonly allowed: string, readonly got?: string) {
    super(`${setting}: ${allowed}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`);
    this.name = 'ConfigError';
  }
}

const boolText = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));

const STORE_SCHEMES = ['sqlite:', 'redis:', 'rediss:', 'postgres:', 'postgresql:'];

const envSchema = {
  DISCORD_TOKEN: { schema: z.string().min(1).optional(), allowed: 'the bot token from the Discord developer portal' },
  SITREP_DISCORD_API: {
    schema: z.string().url().regex(/^https?:\/\//).default('https://discord.com/api'),
    allowed: 'an http(s) URL of a Discord REST API base, e.g. https://discord.com/api',
  },
  SITREP_STORE: {
    schema: z
      .string()
      .refine((v) => STORE_SCHEMES.some((s) => v.startsWith(s)))
      .default('sqlite://data/sitrep.sqlite'),
    allowed: 'a keyv URL: sqlite://path/to/file.sqlite, redis://host:port or postgres://user@host/db',
  },
  SITREP_POLL_CRON: {
    schema: z.string().refine((v) => cron.validate(v)).default('*/5 * * * *'),
    allowed: 'a cron expression with 5 fields (or 6 with seconds), e.g. "*/5 * * * *"',
  },
  SITREP_ALLOW_PRIVATE_NETWORKS: {
    schema: boolText.default(false),
    allowed: 'true or false (allow feed URLs on loopback and private addresses)',
  },
  SITREP_CONFIG: { schema: z.string().min(1).default('config/sitrep.json'), allowed: 'a path to a JSON config file' },
  SITREP_SUMMARY_API: {
    schema: z.string().url().regex(/^https?:\/\//).optional(),
    allowed: 'the base URL of an OpenAI-compatible API (…/v1) for /story summaries, or unset for extractive summaries',
  },
  SITREP_SUMMARY_MODEL: { schema: z.string().min(1).default('default'), allowed: 'the model name the summary API expects' },
  SITREP_SUMMARY_KEY: { schema: z.string().min(1).optional(), allowed: 'an API key for the summary API' },
  SITREP_LOG_LEVEL: { schema: z.enum(['debug', 'info', 'warn', 'error']).default('info'), allowed: 'debug, info, warn or error' },
} as const;

const fileSchema = z
  .object({
    pollConcurrency: z.number().int().min(1).max(64).default(4),
    deliveryConcurrency: z.number().int().min(1).max(64).default(16),
    fetchTimeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
    maxFeedBytes: z.number().int().min(10_000).max(50_000_000).default(5_000_000),
    maxItemsPerFeed: z.number().int().min(1).max(1000).default(200),
    maxFeedsPerGuild: z.number().int().min(1).max(10_000).default(50),
    defaultBacklog: z.number().int().min(0).max(5).default(3),
    failureNoticeAfter: z.number().int().min(1).max(100).default(3),
    disableAfterFailures: z.number().int().min(1).max(1000).default(10),
    maxBackoffMinutes: z.number().int().min(1).max(24 * 60).default(360),
    userAgent: z.string().min(1).default('Sitrep/0.1 (Discord news bot; +https://github.com/sitrep-bot/sitrep)'),
    demoFeeds: z
      .array(z.object({ name: z.string(), url: z.string().optional(), seedArticles: z.string().optional() }))
      .default([]),
  })
  .strict();

export type FileConfig = z.infer<typeof fileSchema>;

export interface Config extends FileConfig {
  discordToken: string | undefined;
  discordApi: string;
  storeUrl: string;
  pollCron: string;
  allowPrivateNetworks: boolean;
  configPath: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  summaryApi: { url: string; model: string; key: string | undefined } | null;
  /** Read by loadReporterTable (config/reporters.json or SITREP_REPORTERS); undefined: built-in. */
  reporters?: import('../analysis/figures/reporters.js').ReporterTable;
}

type EnvKey = keyof typeof envSchema;

function readEnv<K extends EnvKey>(env: NodeJS.ProcessEnv, key: K): z.output<(typeof envSchema)[K]['schema']> {
  const raw = env[key] === '' ? undefined : env[key];
  const parsed = envSchema[key].schema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(key, envSchema[key].allowed, raw);
  return parsed.data as z.output<(typeof envSchema)[K]['schema']>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const configPath = readEnv(env, 'SITREP_CONFIG');
  const file = readConfigFile(resolve(cwd, configPath), configPath, env.SITREP_CONFIG !== undefined);
  return {
    ...file,
    discordToken: readEnv(env, 'DISCORD_TOKEN'),
    discordApi: readEnv(env, 'SITREP_DISCORD_API').replace(/\/+$/, ''),
    storeUrl: readEnv(env, 'SITREP_STORE'),
    pollCron: readEnv(env, 'SITREP_POLL_CRON'),
    allowPrivateNetworks: readEnv(env, 'SITREP_ALLOW_PRIVATE_NETWORKS'),
    configPath,
    logLevel: readEnv(env, 'SITREP_LOG_LEVEL'),
    summaryApi: summaryApi(env),
  };
}

function summaryApi(env: NodeJS.ProcessEnv): Config['summaryApi'] {
  const url = readEnv(env, 'SITREP_SUMMARY_API');
  if (!url) return null;
  return { url: url.replace(/\/+$/, ''), model: readEnv(env, 'SITREP_SUMMARY_MODEL'), key: readEnv(env, 'SITREP_SUMMARY_KEY') };
}

function readConfigFile(path: string, shown: string, explicit: boolean): FileConfig {
  // The default file is optional (an installed package may run from anywhere); one named explicitly is not.
  if (!existsSync(path)) {
    if (explicit) throw new ConfigError('SITREP_CONFIG', 'a path to an existing JSON config file', shown);
    return fileSchema.parse({});
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError('SITREP_CONFIG', `valid JSON in ${shown}: ${(err as Error).message}`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${shown}: ${issue.path.join('.') || '(root)'}`, issue.message);
  }
  return parsed.data;
}
