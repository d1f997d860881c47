/**
 * The dependency rule of DESIGN.md, kept by a test: core <- codecs <- logic <- adapters <- app <- cli.
 * Every file under src/ belongs to one module of LAYERS (longest matching path prefix wins); a module may import from
 * its own module and from modules of a lower layer, and from modules of its own layer only while the module graph
 * stays free of cycles. Files never import each other in a cycle. A folder the table does not know fails, naming
 * the file, so a new folder is placed in the table on purpose. Imports are read from the TypeScript sources
 * (static `import`/`export ... from`, `import type`, and dynamic `import('...')`).
 */

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../helpers/shared.js';

/** Layers, lowest first. A module may depend on any module of a lower layer. */
const LAYER_NAMES = ['core', 'codec', 'logic', 'adapter', 'app', 'cli'] as const;
type Layer = (typeof LAYER_NAMES)[number];

/**
 * path prefix under src/ -> [module, layer]. Files of a folder that mixes layers are listed one by one (the codec
 * files of link, slac, sdp and v2gtp); the folder's entry takes the rest.
 */
export const LAYERS: Record<string, [string, Layer]> = {
  'core/': ['core', 'core'],

  // codecs: pure functions over bytes, and the port types logic sees
  'net/': ['net', 'codec'],
  'capture/pcap-reader.ts': ['capture-format', 'codec'],
  'exi/': ['exi', 'codec'],
  'link/ethernet.ts': ['link-codec', 'codec'],
  'link/ports.ts': ['ports', 'codec'],
  'hal/ports.ts': ['ports', 'codec'],
  'netif/ports.ts': ['ports', 'codec'],
  'slac/messages/': ['slac-codec', 'codec'],
  'slac/homeplug.ts': ['slac-codec', 'codec'],
  'slac/defs.ts': ['slac-codec', 'codec'],
  'slac/keys.ts': ['slac-codec', 'codec'],
  'sdp/sdp.ts': ['sdp-codec', 'codec'],
  'sdp/ipv6.ts': ['net', 'codec'],
  'v2gtp/header.ts': ['v2gtp-codec', 'codec'],
  'v2gtp/framer.ts': ['v2gtp-codec', 'codec'],

  // logic: CP, statecharts, V2G, the capture decoder; they see only port types
  'cp/': ['cp', 'logic'],
  'slac/': ['slac', 'logic'],
  'v2g/': ['v2g', 'logic'],
  'session/': ['session', 'logic'],
  'listen/': ['listen', 'logic'],

  // adapters: hardware, link, transports, operator-facing services
  'hal/': ['hal', 'adapter'],
  'link/': ['link', 'adapter'],
  'netif/': ['netif', 'adapter'],
  'capture/': ['capture', 'adapter'],
  'sdp/': ['transports', 'adapter'],
  'v2gtp/': ['transports', 'adapter'],
  'power/': ['power', 'adapter'],
  'ocpp/': ['ocpp', 'adapter'],
  'ui/': ['ui', 'adapter'],
  'mqtt/': ['mqtt', 'adapter'],
  'tls/': ['tls', 'adapter'],

  // composition: the config, the doctor's checks and the role roots
  'config/': ['config', 'app'],
  'doctor/': ['doctor', 'app'],
  'app/': ['app', 'app'],
  // build-time tool: renders hw/schematic and hw/bom.md from the netlist (npm run gen:hw); nothing imports it
  'hwdoc/': ['hwdoc', 'app'],

  'cli/': ['cli', 'cli'],
};

const SRC = join(PROJECT_ROOT, 'src');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Module and layer of a file (path relative to src/, posix), or undefined when the table does not place it. */
export function placeOf(file: string): { module: string; layer: Layer } | undefined {
  let best: string | undefined;
  for (const prefix of Object.keys(LAYERS)) {
    if (file === prefix || (prefix.endsWith('/') && file.startsWith(prefix))) {
      if (best === undefined || prefix.length > best.length) best = prefix;
    }
  }
  if (best === undefined) return undefined;
  const [module, layer] = LAYERS[best] as [string, Layer];
  return { module, layer };
}

const IMPORT_RE =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Relative imports of one source text, resolved to paths relative to src/ (`.js` specifiers map to `.ts`). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2];
    if (!spec?.startsWith('.')) continue;
    out.push(posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
  }
  return out;
}

export interface Graph {
  files: string[];
  edges: Map<string, string[]>;
}

export function readGraph(srcDir: string = SRC): Graph {
  const files = walk(srcDir)
    .map((f) => relative(srcDir, f).split('\\').join('/'))
    .sort();
  const edges = new Map<string, string[]>();
  for (const f of files) edges.set(f, importsOf(f, readFileSync(join(srcDir, f), 'utf8')));
  return { files, edges };
}

/** Every problem with the graph, one line each: unplaced files, upward imports, module cycles, file cycles. */
export function layerProblems(g: Graph): string[] {
  const problems: string[] = [];
  const rank = (l: Layer) => LAYER_NAMES.indexOf(l);
  const moduleEdges = new Map<string, Map<string, string>>(); // from module -> to module -> one example import
  for (const f of g.files) {
    const from = placeOf(f);
    if (!from) {
      problems.push(
        `${f}: its folder is not in the layer table of test/arch/layers.test.ts; add it as core, codec, logic, adapter, app or cli`,
      );
      continue;
    }
    for (const t of g.edges.get(f) ?? []) {
      const to = placeOf(t);
      if (!to || to.module === from.module) continue;
      if (rank(to.layer) > rank(from.layer)) {
        problems.push(`${f} (${from.module}, ${from.layer}) imports ${t} (${to.module}, ${to.layer}): upward import`);
        continue;
      }
      if (to.layer === from.layer) {
        const m = moduleEdges.get(from.module) ?? new Map<string, string>();
        if (!m.has(to.module)) m.set(to.module, `${f} -> ${t}`);
        moduleEdges.set(from.module, m);
      }
    }
  }
  for (const cycle of cycles(new Map([...moduleEdges].map(([k, v]) => [k, [...v.keys()]])))) {
    const via = cycle.map((m, i) => moduleEdges.get(m)?.get(cycle[(i + 1) % cycle.length] as string)).join(', ');
    problems.push(`module cycle ${[...cycle, cycle[0]].join(' -> ')} (${via})`);
  }
  for (const cycle of cycles(g.edges)) problems.push(`file cycle ${[...cycle, cycle[0]].join(' -> ')}`);
  return problems;
}

/** Strongly connected components with more than one node (Tarjan), each as a list of nodes. */
function cycles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1) out.push(c.reverse());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}

describe('architecture: the dependency rule (DESIGN.md)', () => {
  const graph = readGraph();

  it('reads the sources (the test sees the real tree)', () => {
    assert.ok(graph.files.length > 100, `only ${graph.files.length} files under ${SRC}`);
    assert.ok(graph.edges.get('cli/main.ts')?.includes('cli/commands/index.ts'));
  });

  it('every file is placed, no upward import, no module cycle, no file cycle', () => {
    const problems = layerProblems(graph);
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });

  it('catches an upward import, a cycle and an unknown folder (the checker itself)', () => {
    const g: Graph = {
      files: ['core/a.ts', 'v2g/b.ts', 'v2g/c.ts', 'sdp/sdp.ts', 'v2gtp/header.ts', 'widgets/w.ts'],
      edges: new Map([
        ['core/a.ts', ['v2g/b.ts']],
        ['v2g/b.ts', ['v2g/c.ts']],
        ['v2g/c.ts', ['v2g/b.ts']],
        ['sdp/sdp.ts', ['v2gtp/header.ts']],
        ['v2gtp/header.ts', ['sdp/sdp.ts']],
        ['widgets/w.ts', []],
      ]),
    };
    const p = layerProblems(g);
    assert.ok(
      p.some((l) => l.startsWith('core/a.ts (core, core) imports v2g/b.ts (v2g, logic): upward')),
      p.join('\n'),
    );
    assert.ok(
      p.some((l) => l.startsWith('module cycle sdp-codec -> v2gtp-codec -> sdp-codec')),
      p.join('\n'),
    );
    assert.ok(
      p.some((l) => l.startsWith('file cycle v2g/b.ts -> v2g/c.ts -> v2g/b.ts')),
      p.join('\n'),
    );
    assert.ok(
      p.some((l) => l.startsWith('widgets/w.ts: its folder is not in the layer table')),
      p.join('\n'),
    );
  });

  it('reads static, type-only, re-export and dynamic imports, not ones in comments', () => {
    const text = [
      "import { a } from '../core/a.js';",
      "import type { B } from './b.js';",
      "export { c } from '../x/c.js';",
      "const d = await import('../link/pcap.js');",
      "// import { e } from '../e.js';",
      "/* import { f } from '../f.js'; */",
      "import { readFileSync } from 'node:fs';",
    ].join('\n');
    assert.deepEqual(importsOf('cli/commands/x.ts', text), [
      'cli/core/a.ts',
      'cli/commands/b.ts',
      'cli/x/c.ts',
      'cli/link/pcap.ts',
    ]);
  });
});
