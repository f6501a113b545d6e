// The slash commands, one module each in commands/.
import * as feed from '../../commands/feed.js';
import * as latest from '../../commands/latest.js';
import * as deathtoll from '../../commands/deathtoll.js';
import * as story from '../../commands/story.js';
import * as alerts from '../../commands/alerts.js';
import * as why from '../../commands/why.js';
import * as settings from '../../commands/settings.js';
import * as help from '../../commands/help.js';
import type { CommandModule } from './context.js';

export const COMMANDS: CommandModule[] = [feed, latest, deathtoll, story, alerts, why, settings, help];
