import type { StoreItems } from 'botbuilder';

/**
 * The eTag each written item has now, by key. The bot's stores (blob and memory) report them from
 * a write, so a record written once can be written again conditionally without reading it back.
 * botbuilder's Storage.write reports nothing; callers treat a missing tag as "read it again".
 */
export type WrittenTags = Record<string, string>;

/** What such a store's write resolves to: still a botbuilder Storage (whose write resolves to void). */
export type ReportedTags = void & WrittenTags;

export async function writeReporting(storage: { write(changes: StoreItems): Promise<unknown> }, changes: StoreItems): Promise<WrittenTags> {
  const tags = await storage.write(changes);
  return tags && typeof tags === 'object' ? (tags as WrittenTags) : {};
}
