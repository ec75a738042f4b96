/**
 * An eTag no stored item ever has. Writing an item with it creates the item, or fails with a
 * conflict when the item already exists, so two first writes cannot silently overwrite each other.
 * MemoryStorage gives these semantics as is (any eTag writes a missing item, a mismatch on an
 * existing one is a conflict); BlobStateStorage sends it as If-None-Match: *.
 */
export const CREATE_ONLY = 'create-only';
