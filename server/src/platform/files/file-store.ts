// Where attachments' bytes are kept: outside the web root, under generated names, never the name
// the user gave. A folder by default (HONGTU_FILES_DIR, else $HONGTU_DATA_DIR/files). An
// S3-compatible bucket is the named extension point: an implementation of FileStore over
// @aws-sdk/client-s3 (PutObject / GetObject / DeleteObject on the same keys) — not built yet,
// since it could not be tested against a real bucket here.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface FileStore {
  /** Keeps the bytes under a new generated key and answers the key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes kept under a key (throws when there are none). */
  get(key: string): Promise<Buffer>;
  /** Removes a key (nothing when it is not there): undoes a put whose database write failed. */
  remove(key: string): Promise<void>;
}

/** A generated key: two levels of folders from random hex, so no folder grows too large. */
export function newFileKey(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}`;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{32}$/;

/** The folder store: each key a file, written to a temporary name first and renamed when complete. */
export function createFolderStore(root: string): FileStore {
  const where = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not a file key: ${key}`);
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(bytes) {
      const key = newFileKey();
      const file = where(key);
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.part`;
      await writeFile(partial, bytes, { flag: 'wx', mode: 0o640 });
      await rename(partial, file);
      return key;
    },
    get: async (key) => readFile(where(key)),
    remove: async (key) => rm(where(key), { force: true }),
  };
}

const stores = new Map<string, FileStore>();
let temporary: string | null = null;

/** The server's store: the configured folder, or one temporary folder per process when none is set (tests). */
export function fileStoreFor(filesDir: string | undefined): FileStore {
  const root = filesDir ?? (temporary ??= path.join(os.tmpdir(), `hongtu-files-${process.pid}`));
  let store = stores.get(root);
  if (!store) stores.set(root, (store = createFolderStore(root)));
  return store;
}
