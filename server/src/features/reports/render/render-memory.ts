// Memory the report render gives back, without V8's collector: no V8 flag is changed in the server's
// process (setting --expose-gc after start-up is unsupported and changes it for every thread). resvg's
// native memory (a chart's pixels, parsed drawing and font) is freed only when the JavaScript objects
// holding it have been collected and the event loop has turned (Node runs native finalizers then), and
// V8 does not count it; a report leaves its document model and files as garbage that V8 may keep long
// after. What bounds the render worker's memory is that the worker is replaced once its isolate holds
// more than RENDER_WORKER_RECYCLE_MB (render-pool.ts): a thread's end frees its heap and native memory.
import v8 from 'node:v8';

/** One turn of the event loop after a chart, so that the native memory of pictures already collected is freed. */
export async function releaseChartMemory(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

/** What this thread's V8 isolate holds (bytes): its heap as reserved (live objects and garbage) and the memory outside it V8 is told of. */
export function isolateMemory(): number {
  const heap = v8.getHeapStatistics();
  return heap.total_heap_size + heap.external_memory;
}
