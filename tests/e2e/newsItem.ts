// A breaking-news feed item whose toll differs with n, for the end-to-end tests' local feeds.
export function newsItem(n: number) {
  return {
    guid: `breaking-${n}`,
    title: `Shelling hits border town, report ${n}`,
    link: `https://news.example/breaking/${n}`,
    published: new Date(Date.UTC(2025, 2, 1, 8, n)).toISOString(),
    html: `<p>At least ${n + 3} people were killed when shells hit the town market on Saturday, local officials said.</p>`,
  };
}
