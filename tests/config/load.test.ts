import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, ConfigError } from '../../src/config/load.js';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'sitrep-config-'));

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const c = loadConfig({}, emptyDir());
    expect(c.storeUrl).toBe('sqlite://data/sitrep.sqlite');
    expect(c.pollCron).toBe('*/5 * * * *');
    expect(c.allowPrivateNetworks).toBe(false);
    expect(c.discordApi).toBe('https://discord.com/api');
    expect(c.defaultBacklog).toBe(3);
  });

  it('accepts a seconds field in the poll schedule for tests', () => {
    expect(loadConfig({ SITREP_POLL_CRON: '*/3 * * * * *' }, emptyDir()).pollCron).toBe('*/3 * * * * *');
  });

  it.each([
    ['SITREP_POLL_CRON', 'every five minutes'],
    ['SITREP_STORE', 'mysql://localhost/db'],
    ['SITREP_ALLOW_PRIVATE_NETWORKS', 'maybe'],
    ['SITREP_DISCORD_API', 'not a url'],
  ])('refuses %s=%s naming the setting and what is allowed', (key, value) => {
    try {
      loadConfig({ [key]: value }, emptyDir());
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).setting).toBe(key);
      expect((err as Error).message).toContain(key);
      expect((err as ConfigError).allowed.length).toBeGreaterThan(5);
    }
  });

  it('reads and validates the config file, naming the bad field', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ defaultBacklog: 9 }));
    expect(() => loadConfig({ SITREP_CONFIG: 'c.json' }, dir)).toThrow(/defaultBacklog/);
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ maxFeedsPerGuild: 7 }));
    expect(loadConfig({ SITREP_CONFIG: 'c.json' }, dir).maxFeedsPerGuild).toBe(7);
  });

  it('refuses a config file that was named but does not exist', () => {
    expect(() => loadConfig({ SITREP_CONFIG: 'nope.json' }, emptyDir())).toThrow(ConfigError);
  });

  it('parses true/false for private networks', () => {
    expect(loadConfig({ SITREP_ALLOW_PRIVATE_NETWORKS: 'true' }, emptyDir()).allowPrivateNetworks).toBe(true);
    expect(loadConfig({ SITREP_ALLOW_PRIVATE_NETWORKS: 'false' }, emptyDir()).allowPrivateNetworks).toBe(false);
  });
});
