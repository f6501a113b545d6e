/**
 * The subset of Discord's request validation that catches real bot bugs: message and embed
 * limits, empty messages, autocomplete choices, command definitions. Errors follow Discord's
 * "Invalid Form Body" shape (code 50035, nested `errors` with `_errors`).
 */

export interface FieldError {
  path: string; // e.g. "embeds.0.fields.2.value"
  code: string; // e.g. "BASE_TYPE_MAX_LENGTH"
  message: string;
}

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: number,
    message: string,
    public fieldErrors: FieldError[] = [],
    public headers: Record<string, string> = {},
    public extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    const body: Record<string, unknown> = { message: this.message, code: this.code, ...this.extra };
    if (this.fieldErrors.length) body.errors = nestErrors(this.fieldErrors);
    return body;
  }

  /** One line, for logs and for the rejection message of interact(). */
  describe(): string {
    const fields = this.fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return `${this.status} ${this.code} ${this.message}${fields ? ` (${fields})` : ''}`;
  }
}

function nestErrors(errors: FieldError[]): Record<string, unknown> {
  const root: Record<string, any> = {};
  for (const e of errors) {
    let node = root;
    for (const part of e.path.split('.')) node = node[part] ??= {};
    (node._errors ??= []).push({ code: e.code, message: e.message });
  }
  return root;
}

export function invalidForm(errors: FieldError[]): ApiError {
  return new ApiError(400, 50035, 'Invalid Form Body', errors);
}

const maxLen = (path: string, value: unknown, max: number, out: FieldError[], min = 0) => {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    out.push({ path, code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
    return;
  }
  const len = [...value].length;
  if (len > max) out.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  else if (len < min)
    out.push({ path, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${min} or more in length.` });
};

const URL_SCHEMES = /^(https?|attachment):\/\//;

function checkUrl(path: string, value: unknown, out: FieldError[]) {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || !URL_SCHEMES.test(value))
    out.push({ path, code: 'URL_TYPE_INVALID_SCHEME', message: 'Scheme must be one of (http, https, attachment).' });
}

/** Total characters Discord counts towards the 6000 limit of a message's embeds. */
function embedChars(e: any): number {
  let n = 0;
  const add = (s: unknown) => (n += typeof s === 'string' ? [...s].length : 0);
  add(e?.title);
  add(e?.description);
  add(e?.footer?.text);
  add(e?.author?.name);
  for (const f of Array.isArray(e?.fields) ? e.fields : []) {
    add(f?.name);
    add(f?.value);
  }
  return n;
}

export function validateEmbeds(embeds: unknown, out: FieldError[], prefix = 'embeds'): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    out.push({ path: prefix, code: 'BASE_TYPE_LIST', message: 'Must be an array.' });
    return;
  }
  if (embeds.length > 10)
    out.push({ path: prefix, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
  let total = 0;
  embeds.forEach((e: any, i) => {
    const p = `${prefix}.${i}`;
    if (typeof e !== 'object' || e === null) {
      out.push({ path: p, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
      return;
    }
    maxLen(`${p}.title`, e.title, 256, out);
    maxLen(`${p}.description`, e.description, 4096, out);
    checkUrl(`${p}.url`, e.url, out);
    if (e.color !== undefined && e.color !== null) {
      if (!Number.isInteger(e.color) || e.color < 0 || e.color > 0xffffff)
        out.push({ path: `${p}.color`, code: 'NUMBER_TYPE_MAX', message: 'int value should be <= 16777215 and >= 0.' });
    }
    if (e.timestamp !== undefined && e.timestamp !== null && Number.isNaN(Date.parse(e.timestamp)))
      out.push({ path: `${p}.timestamp`, code: 'DATE_TYPE_PARSE', message: 'Could not parse timestamp.' });
    if (e.footer) {
      maxLen(`${p}.footer.text`, e.footer.text, 2048, out, 1);
      checkUrl(`${p}.footer.icon_url`, e.footer.icon_url, out);
    }
    if (e.author) {
      maxLen(`${p}.author.name`, e.author.name, 256, out, 1);
      checkUrl(`${p}.author.url`, e.author.url, out);
      checkUrl(`${p}.author.icon_url`, e.author.icon_url, out);
    }
    if (e.image) checkUrl(`${p}.image.url`, e.image.url, out);
    if (e.thumbnail) checkUrl(`${p}.thumbnail.url`, e.thumbnail.url, out);
    if (e.fields !== undefined) {
      if (!Array.isArray(e.fields)) out.push({ path: `${p}.fields`, code: 'BASE_TYPE_LIST', message: 'Must be an array.' });
      else {
        if (e.fields.length > 25)
          out.push({ path: `${p}.fields`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
        e.fields.forEach((f: any, j: number) => {
          const fp = `${p}.fields.${j}`;
          if (f?.name === undefined || f?.name === null)
            out.push({ path: `${fp}.name`, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
          else maxLen(`${fp}.name`, f.name, 256, out, 1);
          if (f?.value === undefined || f?.value === null)
            out.push({ path: `${fp}.value`, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
          else maxLen(`${fp}.value`, f.value, 1024, out, 1);
        });
      }
    }
    total += embedChars(e);
  });
  if (total > 6000)
    out.push({ path: prefix, code: 'MAX_EMBED_SIZE_EXCEEDED', message: `Embed size exceeds maximum size of 6000 (${total}).` });
}

export interface MessageBodyCheck {
  body: any;
  fileCount: number;
  /** PATCH: nothing is required, fields only replace what they name. */
  edit?: boolean;
  prefix?: string;
}

/** Throws ApiError for what Discord would refuse. */
export function validateMessageBody({ body, fileCount, edit, prefix = '' }: MessageBodyCheck): void {
  const out: FieldError[] = [];
  const p = (s: string) => (prefix ? `${prefix}.${s}` : s);
  maxLen(p('content'), body?.content, 2000, out);
  validateEmbeds(body?.embeds, out, p('embeds'));
  if (Array.isArray(body?.components) && body.components.length > 40)
    out.push({ path: p('components'), code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 40 or fewer in length.' });
  if (body?.nonce !== undefined && body.nonce !== null) {
    if (typeof body.nonce === 'string' && body.nonce.length > 25)
      out.push({ path: p('nonce'), code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  }
  if (fileCount > 10)
    out.push({ path: p('files'), code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
  if (out.length) throw invalidForm(out);
  validateAllowedMentions(body?.allowed_mentions, p('allowed_mentions'));
  if (!edit) {
    const hasContent = typeof body?.content === 'string' && body.content.trim().length > 0;
    const hasEmbeds = Array.isArray(body?.embeds) && body.embeds.length > 0;
    const hasComponents = Array.isArray(body?.components) && body.components.length > 0;
    const hasStickers = Array.isArray(body?.sticker_ids) && body.sticker_ids.length > 0;
    const hasPoll = !!body?.poll;
    const keptAttachments = Array.isArray(body?.attachments) && body.attachments.length > 0;
    if (!hasContent && !hasEmbeds && !hasComponents && !hasStickers && !hasPoll && fileCount === 0 && !keptAttachments)
      throw new ApiError(400, 50006, 'Cannot send an empty message');
  }
}

export function validateChoices(choices: unknown): void {
  const out: FieldError[] = [];
  if (!Array.isArray(choices)) {
    out.push({ path: 'data.choices', code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  } else {
    if (choices.length > 25)
      out.push({ path: 'data.choices', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    choices.forEach((c: any, i) => {
      maxLen(`data.choices.${i}.name`, c?.name ?? null, 100, out, 1);
      if (c?.name === undefined) out.push({ path: `data.choices.${i}.name`, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
      if (typeof c?.value === 'string') maxLen(`data.choices.${i}.value`, c.value, 100, out);
      else if (typeof c?.value !== 'number')
        out.push({ path: `data.choices.${i}.value`, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    });
  }
  if (out.length) throw invalidForm(out);
}

const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(path: string, name: unknown, out: FieldError[], lowercase = true) {
  if (typeof name !== 'string' || !NAME_RE.test(name) || (lowercase && name !== name.toLowerCase()))
    out.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid: ${JSON.stringify(name)}` });
}

function checkOptions(path: string, options: unknown, out: FieldError[], depth: number) {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    out.push({ path, code: 'BASE_TYPE_LIST', message: 'Must be an array.' });
    return;
  }
  if (options.length > 25) out.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  let seenOptional = false;
  const names = new Set<string>();
  options.forEach((o: any, i) => {
    const p = `${path}.${i}`;
    checkName(`${p}.name`, o?.name, out);
    if (names.has(o?.name)) out.push({ path: `${p}.name`, code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Option names must be unique' });
    names.add(o?.name);
    maxLen(`${p}.description`, o?.description ?? '', 100, out, 1);
    const type = o?.type;
    if (!Number.isInteger(type) || type < 1 || type > 11)
      out.push({ path: `${p}.type`, code: 'BASE_TYPE_CHOICES', message: `Value must be one of {1..11}.` });
    if (type === 1 || type === 2) {
      if (depth >= (type === 2 ? 1 : 2))
        out.push({ path: `${p}.type`, code: 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', message: 'Sub-command nested too deeply' });
      checkOptions(`${p}.options`, o.options, out, depth + 1);
      if (type === 2 && Array.isArray(o.options) && o.options.some((s: any) => s?.type !== 1))
        out.push({ path: `${p}.options`, code: 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', message: 'Sub-command groups may only contain sub-commands' });
      return;
    }
    if (o?.required) {
      if (seenOptional)
        out.push({ path: `${p}.required`, code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
    } else seenOptional = true;
    if (o?.choices !== undefined) {
      if (!Array.isArray(o.choices) || o.choices.length > 25)
        out.push({ path: `${p}.choices`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
      if (o.autocomplete && Array.isArray(o.choices) && o.choices.length)
        out.push({ path: `${p}.autocomplete`, code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES', message: 'Autocomplete cannot be enabled with choices' });
    }
  });
  const subs = options.filter((o: any) => o?.type === 1 || o?.type === 2).length;
  if (subs && subs !== options.length)
    out.push({ path, code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', message: 'Sub-commands cannot be mixed with other option types' });
}

function commandChars(c: any): number {
  let n = 0;
  const walk = (o: any) => {
    n += (o?.name?.length ?? 0) + (o?.description?.length ?? 0);
    for (const ch of o?.choices ?? []) n += (ch?.name?.length ?? 0) + String(ch?.value ?? '').length;
    for (const sub of o?.options ?? []) walk(sub);
  };
  walk(c);
  return n;
}

/** Validates one command definition (chat input, user or message command). */
export function validateCommand(cmd: any, path: string, out: FieldError[]): void {
  const type = cmd?.type ?? 1;
  if (type === 1) {
    checkName(`${path}.name`, cmd?.name, out);
    maxLen(`${path}.description`, cmd?.description ?? '', 100, out, 1);
    checkOptions(`${path}.options`, cmd?.options, out, 0);
    if (commandChars(cmd) > 4000)
      out.push({ path, code: 'APPLICATION_COMMAND_TOO_LARGE', message: 'Command exceeds maximum size (4000)' });
  } else {
    maxLen(`${path}.name`, cmd?.name ?? '', 32, out, 1);
  }
}

export function validateCommandList(cmds: unknown): void {
  const out: FieldError[] = [];
  if (!Array.isArray(cmds)) throw invalidForm([{ path: '_root', code: 'BASE_TYPE_LIST', message: 'Must be an array.' }]);
  if (cmds.length > 100) out.push({ path: '_root', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
  const seen = new Set<string>();
  cmds.forEach((c: any, i) => {
    validateCommand(c, String(i), out);
    const key = `${c?.type ?? 1}:${c?.name}`;
    if (seen.has(key)) out.push({ path: `${i}.name`, code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: `Application command names must be unique` });
    seen.add(key);
  });
  if (out.length) throw invalidForm(out);
}

export interface Pings {
  users: string[];
  roles: string[];
  everyone: boolean;
}

/** Throws for allowed_mentions Discord refuses (parse + explicit ids of the same kind, bad types). */
export function validateAllowedMentions(am: any, prefix = 'allowed_mentions'): void {
  if (am === undefined || am === null) return;
  const out: FieldError[] = [];
  const parse = am.parse ?? [];
  if (!Array.isArray(parse) || parse.some((x: unknown) => x !== 'roles' && x !== 'users' && x !== 'everyone'))
    out.push({ path: `${prefix}.parse`, code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (roles, users, everyone).' });
  for (const kind of ['roles', 'users'] as const) {
    if (am[kind] === undefined) continue;
    if (!Array.isArray(am[kind]) || am[kind].length > 100)
      out.push({ path: `${prefix}.${kind}`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
    else if (Array.isArray(parse) && parse.includes(kind) && am[kind].length)
      out.push({ path: `${prefix}.parse`, code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', message: `parse:["${kind}"] and ${kind}: [ids] are mutually exclusive.` });
  }
  if (out.length) throw invalidForm(out);
}

/** Who a message would actually notify, given its content and allowed_mentions (Discord's rules). */
export function computePings(content: string, am: any): Pings {
  const users = [...content.matchAll(/<@!?(\d{1,20})>/g)].map((m) => m[1]!);
  const roles = [...content.matchAll(/<@&(\d{1,20})>/g)].map((m) => m[1]!);
  const everyone = /@(everyone|here)\b/.test(content);
  const uniq = (xs: string[]) => [...new Set(xs)];
  if (am === undefined || am === null) return { users: uniq(users), roles: uniq(roles), everyone };
  const parse: string[] = Array.isArray(am.parse) ? am.parse : [];
  const allowUsers = (id: string) => parse.includes('users') || (Array.isArray(am.users) && am.users.includes(id));
  const allowRoles = (id: string) => parse.includes('roles') || (Array.isArray(am.roles) && am.roles.includes(id));
  return { users: uniq(users.filter(allowUsers)), roles: uniq(roles.filter(allowRoles)), everyone: everyone && parse.includes('everyone') };
}
