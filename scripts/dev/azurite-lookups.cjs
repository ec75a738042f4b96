/**
 * Preloaded into Azurite (`node --require`): its blob lookups ask LokiJS for
 * `{ accountName, containerName, name, snapshot }` in that order, and LokiJS uses an index only
 * for a query's first key. With one account that key matches every blob, so each Get/Put Blob
 * scanned all blobs of the account: about 1 ms per request at a thousand blobs, growing with each
 * conversation the bot remembers. The same query with its most selective indexed key first (the
 * blob's name) finds the same document through the index. Equality keys of one object are an
 * AND, so their order changes nothing but the cost.
 *
 * And each request's operation: Azurite's dispatch matches the URL against every operation's URI
 * template until one fits, parsing each template anew (uri-templates' constructor was the top
 * function of its profile). A parsed template is immutable, so one per template string is kept.
 */
'use strict';
const path = require('node:path');

const azurite = path.dirname(require.resolve('azurite/package.json'));
const { Collection } = require(require.resolve('lokijs', { paths: [azurite] }));

const templates = require.resolve('uri-templates', { paths: [azurite] });
const parse = require(templates);
const parsed = new Map();
require.cache[templates].exports = Object.assign(function cachedTemplate(template) {
  let uriTemplate = parsed.get(template);
  if (!uriTemplate) parsed.set(template, (uriTemplate = parse(template)));
  return uriTemplate;
}, parse);

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
