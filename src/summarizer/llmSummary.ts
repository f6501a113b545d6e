// Optional abstractive story summary through an OpenAI-compatible chat endpoint (a local model
// server, say). The extractive summary stays the default and the fallback: this returns null on
// any failure and the caller shows the extractive one.
import type { Logger } from '../util/log.js';

export interface SummaryApi {
  url: string;
  model: string;
  key: string | undefined;
}

export async function llmStorySummary(api: SummaryApi, sources: { outlet: string | null; text: string }[], log: Logger, timeoutMs = 20_000): Promise<string | null> {
  const material = sources
    .map((s, i) => `[${i + 1}] ${s.outlet ?? 'unknown outlet'}:\n${s.text.slice(0, 3000)}`)
    .join('\n\n')
    .slice(0, 12_000);
  try {
    const res = await fetch(`${api.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(api.key ? { authorization: `Bearer ${api.key}` } : {}) },
      body: JSON.stringify({
        model: api.model,
        temperature: 0.2,
        max_tokens: 400,
        messages: [
          { role: 'system', content: 'Summarise these news reports of one event in at most 5 sentences. Keep every casualty figure with who reported it. Say where outlets disagree. Do not add facts.' },
          { role: 'user', content: material },
        ],
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as { choices?: { message?: { content?: string } }[] };
    const text = body.choices?.[0]?.message?.content?.trim();
    if (!text) throw new Error('empty answer');
    return text.slice(0, 3000);
  } catch (err) {
    log.warn(`summary API failed, using the extractive summary: ${(err as Error).message}`);
    return null;
  }
}
