import type { Story } from '../analysis/types.js';
import type { Collection } from './collection.js';

export class StoryRepo {
  constructor(private readonly col: Collection<Story>) {}

  get(id: string): Promise<Story | undefined> {
    return this.col.get(id);
  }

  async getMany(ids: string[]): Promise<Story[]> {
    return (await this.col.getMany(ids)).filter((s): s is Story => s !== undefined);
  }

  async put(story: Story): Promise<void> {
    await this.col.set(story.id, story);
  }

  /** The most recently updated stories (by their articles' time, not the clock), newest first. */
  async recent(limit: number): Promise<Story[]> {
    const stories = await this.col.all();
    return stories.sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated)).slice(0, limit);
  }

}
