import assert from 'node:assert/strict';
import path from 'node:path';

interface Blob {
  accountName: string;
  containerName: string;
  name: string;
  snapshot: string;
}
/** The part of LokiJS (a dependency of Azurite, untyped) this test uses. */
interface LokiDatabase {
  addCollection(name: string, options: { indices: string[] }): { insert(doc: Blob): void; findOne(query: Partial<Blob>): Blob | null };
}
const Loki = require('lokijs') as new (name: string) => LokiDatabase;

/**
 * scripts/dev/azurite-lookups.cjs, preloaded into Azurite, has its LokiJS blob lookups use the
 * blob-name index instead of scanning every blob of the account: the same answers, fewer documents read.
 */
describe('Azurite lookups through the blob-name index', () => {
  /** A collection shaped as Azurite's blobs collection, counting how many documents a lookup reads. */
  function blobs(count: number) {
    const collection = new Loki('lookups').addCollection('blobs', { indices: ['accountName', 'containerName', 'name', 'snapshot'] });
    let reads = 0;
    for (let i = 0; i < count; i++) {
      const doc = { accountName: 'devstoreaccount1', name: `conversations/${i}`, snapshot: '' } as Blob;
      const container = i % 2 ? 'state' : 'tickets';
      Object.defineProperty(doc, 'containerName', { enumerable: true, get: () => (reads++, container) });
      collection.insert(doc);
    }
    const find = (name: string, containerName: string) => {
      reads = 0;
      const doc = collection.findOne({ accountName: 'devstoreaccount1', containerName, name, snapshot: '' });
      return { doc, reads };
    };
    return { find };
  }

  it('reads the whole account without it, one document with it, and answers the same', () => {
    const { find } = blobs(2_000);
    const before = [find('conversations/1501', 'state'), find('conversations/1501', 'tickets'), find('missing', 'state')];
    require(path.join(__dirname, '..', '..', '..', 'scripts', 'dev', 'azurite-lookups.cjs'));
    const after = [find('conversations/1501', 'state'), find('conversations/1501', 'tickets'), find('missing', 'state')];

    assert.equal(before[0].doc?.name, 'conversations/1501');
    assert.equal(before[1].doc, null, 'the blob is in the other container');
    assert.equal(before[2].doc, null);
    assert.deepEqual(
      after.map((a) => a.doc?.name ?? null),
      before.map((b) => b.doc?.name ?? null),
    );
    assert.ok(before[2].reads >= 1_000, `without the index a lookup reads every blob's container (${before[2].reads})`);
    assert.ok(Math.max(...after.map((a) => a.reads)) <= 1, `through the index: ${after.map((a) => a.reads)}`);
  });

  it("parses each of Azurite's operation URI templates once, and the parsed template matches as before", () => {
    require(path.join(__dirname, '..', '..', '..', 'scripts', 'dev', 'azurite-lookups.cjs'));
    const azurite = path.dirname(require.resolve('azurite/package.json'));
    const uriTemplate = require(require.resolve('uri-templates', { paths: [azurite] })) as (template: string) => {
      fromUri(uri: string, options?: { strict: boolean }): Record<string, string> | undefined;
    };
    const template = '/{containerName}/{blob}';
    assert.equal(uriTemplate(template), uriTemplate(template));
    assert.deepEqual(uriTemplate(template).fromUri('/state/conversations%2F1', { strict: true }), {
      containerName: 'state',
      blob: 'conversations/1',
    });
    assert.equal(uriTemplate('/{containerName}').fromUri('/state/blob', { strict: true }), undefined);
  });
});
