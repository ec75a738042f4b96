export { CREATE_ONLY } from './create-only';
export { StorageConflictError, StorageUnavailableError, isConflict } from './errors';
export { openStorage, type OpenedStorage } from './open-storage';
export { writeReporting, type WrittenTags } from './written-tags';
