import type { Story } from '../analysis/types.js';
import type { Collection } from './collection.js';

export class StoryRepo {
  constructor(private readonly col: Collection<Story>) {}

  get(id: string): Promise<Story | undefined> {
    return this.col.get(id);
  }

  async put(story: Story): Promise<void> {
    await this.col.set(story.id, story);
  }

  /** Stories updated since `sinceIso`, most recently updated first. */
  async recent(sinceIso: string): Promise<Story[]> {
    const stories = await this.col.all((s) => s.lastUpdated >= sinceIso);
    return stories.sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated));
  }

  async all(): Promise<Story[]> {
    return (await this.col.all()).sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated));
  }
}
