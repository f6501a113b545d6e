// A channel as a reader would see it, in a terminal: the demo's output.
import type { SandboxMessage } from './discord/index.js';

const wrap = (text: string, width = 96, indent = '  │ ') =>
  text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(/\s+/)) {
        if (cur && (cur + ' ' + word).length > width) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      out.push(cur);
      return out;
    })
    .map((l) => indent + l)
    .join('\n');

export function renderMessageForTerminal(m: { content?: string; embeds?: any[]; attachments?: { filename: string; data?: Buffer }[] }): string {
  const parts: string[] = [];
  if (m.content) parts.push(wrap(m.content));
  for (const e of m.embeds ?? []) {
    if (e.author?.name) parts.push(`  │ ${e.author.name}${e.timestamp ? ` · ${new Date(e.timestamp).toUTCString()}` : ''}`);
    if (e.title) parts.push(`  │ \x1b[1m${e.title}\x1b[0m${e.url ? `\n  │ ${e.url}` : ''}`);
    if (e.description) parts.push(e.description.includes('```') ? e.description.replace(/```/g, '').split('\n').map((l: string) => `  │ ${l}`).join('\n') : wrap(e.description));
    for (const f of e.fields ?? []) parts.push(wrap(`${f.name}: ${f.value}`));
    if (e.footer?.text) parts.push(`  │ — ${e.footer.text}`);
  }
  for (const a of m.attachments ?? []) parts.push(`  │ [attachment ${a.filename}${a.data ? `, ${a.data.length} bytes` : ''}]`);
  return parts.join('\n');
}

/** A channel's posts, each story's thread replies indented under the post that opened it. */
export function printChannel(name: string, channelId: string, messages: SandboxMessage[]): string {
  const top = messages.filter((m) => m.channelId === channelId);
  const lines = [`#${name} — ${top.length} post${top.length === 1 ? '' : 's'}, ${messages.length - top.length} in story threads`, ''];
  for (const m of top) {
    lines.push(`  ┌ Sitrep`);
    lines.push(renderMessageForTerminal(m));
    lines.push('  └');
    const replies = m.threadId ? messages.filter((r) => r.channelId === m.threadId) : [];
    if (replies.length) {
      lines.push(`    🧵 thread — ${replies.length} more report${replies.length === 1 ? '' : 's'} of this story`);
      for (const r of replies) {
        lines.push('    ┌ Sitrep');
        lines.push(renderMessageForTerminal(r).replace(/^/gm, '  '));
        lines.push('    └');
      }
    }
  }
  return lines.join('\n');
}
