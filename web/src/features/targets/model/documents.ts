// What the targets page shows of a kept document: its size as people read it.

/** "856 B", "12.4 KB", "3.2 MB" (one decimal; 1 KB = 1024 B). */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toFixed(1)} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}
