// Where the server's CPU went during the visit: reads a .cpuprofile the server wrote (run the
// benchmark with HONGTU_BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR'), keeps the samples
// inside the visit's window when given (the result's visitMonotonicUs), maps the built server's
// positions back to its sources through the bundle's source maps, and prints the top items by self
// time: functions, then files (server sources by folder, npm packages by name, node's own internals).
//   npx tsx bench/src/portal-visitors-profile.ts FILE.cpuprofile [FROM_US TO_US] [--top=25]
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const maps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = url.startsWith('file://') ? fileURLToPath(url) : url;
      if (file.endsWith('.mjs') && fs.existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** The place a frame stands for: the source file and line through the bundle's map, else its URL. */
function placeOf(frame: CallFrame): string {
  if (!frame.url) return `(${frame.functionName || 'native'})`;
  const map = sourceMapOf(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  if (entry?.originalSource) return `${entry.originalSource.replace(/^.*?\/(server|packages|node_modules)\//, '$1/')}:${(entry.originalLine ?? 0) + 1}`;
  return `${frame.url.replace(/^file:\/\/.*?\/node_modules\//, 'node_modules/')}:${frame.lineNumber + 1}`;
}

/** The group a place belongs to: an npm package, a server folder, node's internals. */
function groupOf(place: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(place);
  if (pkg) return `npm ${pkg[1]}`;
  if (place.startsWith('node:')) return 'node internals';
  if (place.startsWith('(')) return place.replace(/:\d+$/, '');
  const dir = /^(server\/src\/(?:features|platform)\/[^/]+|server\/src\/[^/]+|packages\/[^/]+)/.exec(place);
  return dir ? dir[1]! : place.replace(/:\d+$/, '');
}

function main(argv: string[]): void {
  const [file, from, to] = argv.filter((a) => !a.startsWith('--'));
  const top = Number(argv.find((a) => a.startsWith('--top='))?.split('=')[1] ?? '25');
  if (!file) throw new Error('usage: portal-visitors-profile.ts FILE.cpuprofile [FROM_US TO_US] [--top=25]');
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (from !== undefined && (t < Number(from) || t > Number(to))) continue;
    selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + delta);
    total += delta;
  }
  const functions = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const place = placeOf(frame);
    const name = `${frame.functionName || '(anonymous)'} ${place}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    groups.set(groupOf(place), (groups.get(groupOf(place)) ?? 0) + us);
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
    }
  };
  console.log(`${(total / 1e6).toFixed(1)} s of samples${from !== undefined ? ' in the window' : ''} (${(((profile.endTime - profile.startTime) / 1e6)).toFixed(1)} s profiled)`);
  print('by group (self time)', groups);
  print('by function (self time)', functions);
}

main(process.argv.slice(2));
