#!/usr/bin/env node
// sitrep start | register | analyze | extract | demo
import { ConfigError } from './config/load.js';

const USAGE = `Usage: sitrep <command>

  start [--guild ID]     run the bot (needs DISCORD_TOKEN); --guild registers commands in one server
  register [--guild ID]  register the slash commands globally or in one server, then exit
  analyze                JSON lines on stdin -> one JSON line per article on stdout (offline)
  extract FILE|-         print one article's casualty figures as JSON (offline)
  demo                   offline demo: local Discord sandbox, seed articles as a feed, the bot
`;

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'start':
      return (await import('./cli/start.js')).start(rest);
    case 'register':
      return (await import('./cli/register.js')).register(rest);
    case 'analyze':
      return (await import('./cli/analyze.js')).analyze(process.stdin, process.stdout);
    case 'extract':
      return (await import('./cli/extract.js')).extract(rest);
    case 'demo':
      return (await import('./sandbox/demo.js')).runDemo(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return verb === undefined ? 2 : 0;
    default:
      process.stderr.write(`sitrep: unknown command "${verb}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`sitrep: invalid setting ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`sitrep: ${(err as Error).message ?? err}\n`);
    if (process.env.SITREP_LOG_LEVEL === 'debug') process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = 1;
  },
);
