import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolderStore } from './file-store';
import { inspectAttachment } from './inspect';
import { ELF_BYTES, ONE_PIXEL_JPEG, SMALL_PDF, photoWithExif } from './test-photo';

describe('folder file store', () => {
  let root: string;
  beforeAll(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'hongtu-store-')); });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('keeps bytes under a generated key, gives them back and removes them', async () => {
    const store = createFolderStore(root);
    const key = await store.put(Buffer.from('形象进度照片'));
    expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{32}$/);
    expect((await store.get(key)).toString()).toBe('形象进度照片');
    await store.remove(key);
    await expect(store.get(key)).rejects.toThrow();
    expect(await readdir(path.join(root, ...key.split('/').slice(0, 2)))).toEqual([]);
  });

  it('never reads outside its folder', async () => {
    const store = createFolderStore(root);
    await expect(store.get('../../etc/passwd')).rejects.toThrow('not a file key');
  });
});

describe('attachment inspection', () => {
  it('tells a photo and a PDF by their bytes', async () => {
    expect(await inspectAttachment(ONE_PIXEL_JPEG)).toEqual({ mediaType: 'image/jpeg', takenAt: null, latitude: null, longitude: null });
    expect((await inspectAttachment(SMALL_PDF))?.mediaType).toBe('application/pdf');
  });

  it('refuses an executable and plain text, whatever they are called', async () => {
    expect(await inspectAttachment(ELF_BYTES)).toBeNull();
    expect(await inspectAttachment(Buffer.from('just text'))).toBeNull();
  });

  it('keeps a photo\'s EXIF time and position', async () => {
    expect(await inspectAttachment(photoWithExif('2026:11:20 10:30:00', 30.5428, 114.3162))).toEqual({
      mediaType: 'image/jpeg', takenAt: '2026-11-20 10:30:00', latitude: 30.5428, longitude: 114.3162,
    });
  });
});
