/**
 * Preloaded into Azurite (`node --require`): its blob lookups ask LokiJS for
 * `{ accountName, containerName, name, snapshot }` in that order, and LokiJS uses an index only
 * for a query's first key. With one account that key matches every blob, so each Get/Put Blob
 * scanned all blobs of the account: about 1 ms per request at a thousand blobs, growing with each
 * conversation the bot remembers. The same query with its most selective indexed key first (the
 * blob's name) finds the same document through the index. Equality keys of one object are an
 * AND, so their order changes nothing but the cost.
 */
'use strict';
const path = require('node:path');

const azurite = path.dirname(require.resolve('azurite/package.json'));
const { Collection } = require(require.resolve('lokijs', { paths: [azurite] }));

const SELECTIVE = ['name', 'blobName'];
const findOne = Collection.prototype.findOne;

Collection.prototype.findOne = function (query) {
  if (query && typeof query === 'object' && !Array.isArray(query)) {
    const first = SELECTIVE.find((key) => key in query && this.binaryIndices[key] && isPlain(query[key]));
    if (first && Object.keys(query)[0] !== first) query = { [first]: query[first], ...query };
  }
  return findOne.call(this, query);
};

/** An equality value (LokiJS reads an object value as an operator such as `{ $gt: … }`). */
function isPlain(value) {
  return value === null || typeof value !== 'object';
}
