/**
 * Emits the TypeScript codec of one schema grammar: per complex type a decode function (a state machine that
 * switches on the event code) and an encode function (picks, in production order, the first production whose
 * JSON key still has a value), plus the DocContent grammar over all global elements (EXI 8.5.1). The output is
 * deterministic: the same schemas always give the same text.
 */

import { buildGrammar, type Grammar, type Production, targetExpr, widthFor } from './grammar.js';
import type { ComplexType, Datatype, ElemDecl, SchemaSet } from './schema-model.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Encoder states with at least this many optional alternatives pick one by key table (see emitEncoder). */
const DISPATCH_TABLE_MIN = 8;

interface EmitCtx {
  schema: SchemaSet;
  enums: Map<string, number>;
  enumDecls: string[];
  grammars: Map<ComplexType, Grammar>;
  queue: ComplexType[];
}

function enumRef(ctx: EmitCtx, values: string[]): number {
  const key = JSON.stringify(values);
  let i = ctx.enums.get(key);
  if (i === undefined) {
    i = ctx.enums.size;
    ctx.enums.set(key, i);
    ctx.enumDecls.push(
      `const EN${i}: readonly string[] = ${key};`,
      `const EM${i}: ReadonlyMap<string, number> = new Map(EN${i}.map((v, i) => [v, i]));`,
    );
  }
  return i;
}

function bigLit(v: bigint | null): string {
  return v === null ? 'null' : `${v}n`;
}

function decodeValue(ctx: EmitCtx, dt: Datatype): string {
  switch (dt.k) {
    case 'bool':
      return 'r.bool()';
    case 'nbit':
      return `r.nbit(${dt.n}, ${dt.min}, ${dt.max})`;
    case 'uint':
      return `r.uint(${dt.max})`;
    case 'ulong':
      return `r.ulong(${bigLit(dt.max ?? 2n ** 70n - 1n)})`;
    case 'int':
      return `r.int(${dt.min}, ${dt.max})`;
    case 'long':
      return `r.long(${bigLit(dt.min)}, ${bigLit(dt.max)})`;
    case 'enum':
      return `r.enumeration(EN${enumRef(ctx, dt.values)}, ${widthFor(dt.values.length)})`;
    case 'binary':
      return `r.binary(${dt.maxLen ?? MAX_SAFE})`;
    case 'string':
      return `r.string(${dt.maxLen ?? MAX_SAFE})`;
  }
}

function encodeValue(ctx: EmitCtx, dt: Datatype, v: string): string {
  switch (dt.k) {
    case 'bool':
      return `w.bool(${v})`;
    case 'nbit':
      return `w.nbit(${v}, ${dt.n}, ${dt.min}, ${dt.max})`;
    case 'uint':
      return `w.uint(${v}, ${dt.max})`;
    case 'ulong':
      return `w.ulong(${v}, ${bigLit(dt.max ?? 2n ** 70n - 1n)})`;
    case 'int':
      return `w.int(${v}, ${dt.min}, ${dt.max})`;
    case 'long':
      return `w.long(${v}, ${bigLit(dt.min)}, ${bigLit(dt.max)})`;
    case 'enum':
      return `w.enumeration(${v}, EM${enumRef(ctx, dt.values)}, ${widthFor(dt.values.length)})`;
    case 'binary':
      return `w.binary(${v}, ${dt.maxLen ?? MAX_SAFE})`;
    case 'string':
      return `w.string(${v}, ${dt.maxLen ?? MAX_SAFE})`;
  }
}

function grammarOf(ctx: EmitCtx, t: ComplexType): Grammar {
  let g = ctx.grammars.get(t);
  if (!g) {
    g = buildGrammar(ctx.schema, t);
    ctx.grammars.set(t, g);
    ctx.queue.push(t);
  }
  return g;
}

const prop = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

/**
 * Decode statements of one element (SE already read) leaving its value in `v`. A simple value is CH, value, EE;
 * the escape to a second-level EE instead of CH is an empty element (EXIficient writes an empty value that way),
 * kept as `{}` ("empty content") so that it re-encodes the same way.
 */
function decodeElement(ctx: EmitCtx, m: ElemDecl): string {
  const t = ctx.schema.elemType(m);
  if (t.complex) {
    grammarOf(ctx, t.complex);
    return `v = d_${t.complex.id}(r);`;
  }
  return `if (r.chOrEmpty()) { v = ${decodeValue(ctx, t.simple)}; r.expect0('EE of ${m.local}'); } else v = {};`;
}

function encodeElement(ctx: EmitCtx, m: ElemDecl, v: string): string {
  const t = ctx.schema.elemType(m);
  if (t.complex) {
    grammarOf(ctx, t.complex);
    return `e_${t.complex.id}(w, ${v});`;
  }
  return `if (!w.emptyElement(${v})) { w.bits(0, 1); ${encodeValue(ctx, t.simple, v)}; w.bits(0, 1); }`;
}

function keyOf(p: Production): string {
  if (p.kind === 'AT') return `@${p.attr.local}`;
  if (p.kind === 'SE') return p.member.local;
  if (p.kind === 'CH') return 'CONTENT';
  return '';
}

function counterUpdate(p: Production & { kind: 'SE' }, stateLeafId: number | null, side: 'r' | 'w'): string {
  if (!p.leaf.counted) return '';
  const c = `c${p.leaf.id}`;
  if (stateLeafId !== p.leaf.id) return `${c} = 1; `;
  if (!Number.isFinite(p.leaf.max)) return `${c}++; `;
  const msg = `more than ${p.leaf.max} ${p.member.local} items (maxOccurs)`;
  return side === 'r'
    ? `if (++${c} > ${p.leaf.max}) return r.fail(${JSON.stringify(msg)}); `
    : `if (++${c} > ${p.leaf.max}) return encodeFail(${JSON.stringify(msg)}); `;
}

function seTarget(g: Grammar, p: Production & { kind: 'SE' }): string {
  return targetExpr(g, p.leaf, `c${p.leaf.id}`);
}

function emitDecoder(ctx: EmitCtx, g: Grammar): string {
  const t = g.type;
  const lines: string[] = [];
  lines.push(`function d_${t.id}(r: BitReader): ExiObject {`);
  lines.push('  const o: ExiObject = {};');
  const counted = g.leaves.filter((l) => l.counted);
  if (counted.length) lines.push(`  let ${counted.map((l) => `c${l.id} = 0`).join(', ')};`);
  lines.push('  let s = 0;');
  lines.push('  let v: unknown;');
  lines.push('  for (;;) {');
  lines.push('    switch (s) {');
  for (const st of g.states) {
    lines.push(`      case ${st.index}:`);
    lines.push(`        switch (r.bits(${st.width})) {`);
    st.prods.forEach((p, code) => {
      const c = `          case ${code}:`;
      switch (p.kind) {
        case 'AT':
          lines.push(`${c} o${prop(keyOf(p))} = ${decodeValue(ctx, p.attr.dt)}; s = ${p.target}; continue;`);
          break;
        case 'CH':
          lines.push(`${c} o.CONTENT = ${decodeValue(ctx, p.dt)}; s = ${p.target}; continue;`);
          break;
        case 'SE': {
          const d = decodeElement(ctx, p.member);
          const store = p.leaf.array
            ? `pushItem(o, ${JSON.stringify(p.member.local)}, v);`
            : `o${prop(p.member.local)} = v;`;
          const cu = counterUpdate(p, st.leaf?.id ?? null, 'r');
          lines.push(`${c} ${d} ${store} ${cu}s = ${seTarget(g, p)}; continue;`);
          break;
        }
        case 'EE':
          lines.push(`${c} return o;`);
          break;
        case 'ANY':
          lines.push(`${c} return r.fail('wildcard element (xs:any) in ${t.label} is not supported');`);
          break;
        case 'CHU':
          lines.push(`${c} return r.fail('untyped character content in ${t.label} is not supported');`);
          break;
      }
    });
    if (st.prods.some((p) => p.kind === 'CH')) {
      // Escape, then second-level EE (code 0 of 3 bits): an element with empty simple content.
      lines.push(`          case ${st.prods.length}: r.secondLevelEE(); return o;`);
    }
    lines.push(`          default: return r.escape(${JSON.stringify(`${t.label} state ${st.index}`)});`);
    lines.push('        }');
  }
  lines.push(`      default: return r.fail('internal: bad state');`);
  lines.push('    }');
  lines.push('  }');
  lines.push('}');
  return lines.join('\n');
}

function emitEncoder(ctx: EmitCtx, g: Grammar): string {
  const t = g.type;
  const keys: string[] = [];
  const keyIndex = (k: string): number => {
    let i = keys.indexOf(k);
    if (i < 0) {
      i = keys.length;
      keys.push(k);
    }
    return i;
  };
  // Fix the key order: attributes, members in leaf order, CONTENT.
  for (const a of t.attrs) keyIndex(`@${a.local}`);
  for (const l of g.leaves) for (const m of l.members) keyIndex(m.local);
  if (t.simple) keyIndex('CONTENT');
  const arrayKeys = new Set<string>();
  for (const l of g.leaves) if (l.array) for (const m of l.members) arrayKeys.add(m.local);

  const lines: string[] = [];
  const dispatch: string[] = [];
  let queueClose: Production | undefined;
  lines.push(`const K_${t.id}: readonly string[] = ${JSON.stringify(keys)};`);
  lines.push(`function e_${t.id}(w: BitWriter, x: unknown): void {`);
  lines.push('  const o = asObject(x);');
  const counted = g.leaves.filter((l) => l.counted);
  const idxVars = [...arrayKeys].map((k) => `i${keyIndex(k)} = 0`);
  lines.push(
    `  let s = 0, n = 0, m = 0, k = '', ki = -1${counted.map((l) => `, c${l.id} = 0`).join('')}${idxVars.map((v) => `, ${v}`).join('')};`,
  );
  lines.push('  let v: unknown;');
  lines.push('  try {');
  lines.push('    loop: for (;;) {');
  lines.push('      switch (s) {');
  for (const st of g.states) {
    lines.push(`        case ${st.index}:`);
    // Many optional alternatives before the first terminal (the message body, choices): look the object's own
    // keys up in a table instead of probing every name (each absent name is a missed property lookup).
    const probed: Production[] = [];
    for (const p of st.prods) {
      if (p.kind === 'EE' || p.kind === 'CH') break;
      if (p.kind === 'SE' || p.kind === 'AT') probed.push(p);
    }
    const viaTable =
      probed.length >= DISPATCH_TABLE_MIN && probed.every((p) => p.kind === 'AT' || (p.kind === 'SE' && !p.leaf.array));
    const candidate = (code: number, key: string, body: string): string =>
      viaTable
        ? `            case ${code}: v = o${prop(key)}; { ${body} }`
        : `          if ((v = o${prop(key)}) !== undefined) { ${body} }`;
    if (viaTable) {
      const table = `P_${t.id}_${st.index}`;
      const entries = st.prods.flatMap((p, code) => (probed.includes(p) ? [[keyOf(p), code]] : []));
      dispatch.push(`const ${table}: ReadonlyMap<string, number> = new Map(${JSON.stringify(entries)});`);
      lines.push(`          switch (firstKey(o, ${table})) {`);
    }
    let terminal = false;
    st.prods.forEach((p, code) => {
      if (terminal) return;
      const bits = `w.bits(${code}, ${st.width});`;
      const ind = '          ';
      if (viaTable && p === probed[0]) queueClose = probed.at(-1);
      switch (p.kind) {
        case 'AT':
        case 'CH': {
          const key = keyOf(p);
          const ki = keyIndex(key);
          const dt = p.kind === 'AT' ? p.attr.dt : p.dt;
          lines.push(
            candidate(
              code,
              key,
              `${bits} k = ${JSON.stringify(key)}; ki = -1; ${encodeValue(ctx, dt, 'v')}; n++; m += ${2 ** Math.min(ki, 52)}; s = ${p.target}; continue;`,
            ),
          );
          if (p.kind === 'CH') {
            // No CONTENT: an empty element, escape then second-level EE (as the decoder reads it).
            lines.push(`${ind}w.bits(${st.prods.length}, ${st.width}); w.bits(0, 3); break loop;`);
            terminal = true;
          }
          break;
        }
        case 'SE': {
          const key = p.member.local;
          const ki = keyIndex(key);
          const cu = counterUpdate(p, st.leaf?.id ?? null, 'w');
          const mm = ki < 52 ? `m += ${2 ** ki}; ` : '';
          if (p.leaf.array) {
            lines.push(
              `${ind}if ((v = o${prop(key)}) !== undefined && i${ki} < asArray(v, ${JSON.stringify(key)}).length) { ${bits} k = ${JSON.stringify(key)}; ki = i${ki}; ${encodeElement(ctx, p.member, `(v as unknown[])[i${ki}]`)} if (i${ki}++ === 0) { n++; ${mm}} ${cu}s = ${seTarget(g, p)}; continue; }`,
            );
          } else {
            lines.push(
              candidate(
                code,
                key,
                `${bits} k = ${JSON.stringify(key)}; ki = -1; ${encodeElement(ctx, p.member, 'v')} n++; ${mm}${cu}s = ${seTarget(g, p)}; continue;`,
              ),
            );
          }
          break;
        }
        case 'EE':
          lines.push(`${ind}${bits} break loop;`);
          terminal = true;
          break;
        case 'ANY':
        case 'CHU':
          break;
      }
      if (p === queueClose) {
        lines.push('          }');
        queueClose = undefined;
      }
    });
    if (!terminal) {
      const firstSe = st.prods.find((p) => p.kind === 'SE' || p.kind === 'AT');
      const name = firstSe ? keyOf(firstSe) : '';
      const idx =
        firstSe?.kind === 'SE' && firstSe.leaf.array ? `[${firstSe.leaf.min > 1 ? `\${c${firstSe.leaf.id}}` : 0}]` : '';
      const what = idx.includes('$') ? `\`${name}${idx}\`` : JSON.stringify(name + idx);
      lines.push(
        `          k = ''; return encodeFail(${JSON.stringify(`missing mandatory ${firstSe?.kind === 'AT' ? 'attribute' : 'element'} '${name}'`)}, ${what});`,
      );
    }
  }
  lines.push(`        default: return encodeFail('internal: bad state');`);
  lines.push('      }');
  lines.push('    }');
  lines.push('  } catch (e) {');
  lines.push(`    throw k === '' ? e : prefixError(e, ki < 0 ? k : \`\${k}[\${ki}]\`);`);
  lines.push('  }');
  const arrChecks = [...arrayKeys].map((key) => {
    const i = keyIndex(key);
    return `  if (i${i} !== 0 && i${i} < (o${prop(key)} as unknown[]).length) encodeFail(\`too many items (\${(o${prop(key)} as unknown[]).length}) or items out of order\`, ${JSON.stringify(`${key}[`)} + i${i} + ']');`;
  });
  lines.push(...arrChecks);
  lines.push(`  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_${t.id}, m);`);
  lines.push('}');
  return [...dispatch, ...lines].join('\n');
}

export interface EmitOptions {
  /** Title for the banner, e.g. "DIN 70121 (urn:din:70121:2012:MsgDef)". */
  title: string;
  /** Schema files the grammar was built from (for the banner, relative names). */
  sources: string[];
}

export function emitSchemaCodec(schema: SchemaSet, opts: EmitOptions): string {
  const ctx: EmitCtx = { schema, enums: new Map(), enumDecls: [], grammars: new Map(), queue: [] };
  const globals = schema.sortedGlobals();
  const docWidth = widthFor(globals.length + 1);

  // DocContent: SE(G0..Gn-1), SE(*).
  const dec: string[] = [];
  const enc: string[] = [];
  dec.push('/** Decodes DocContent (after the EXI header) up to ED; returns the document in the EXI JSON form. */');
  dec.push('export function decodeDocument(r: BitReader): ExiObject {');
  dec.push(`  switch (r.bits(${docWidth})) {`);
  enc.push('/** Encodes DocContent of a document in the EXI JSON form (one key: the root element). */');
  enc.push('export function encodeDocument(w: BitWriter, doc: ExiObject, root: string): void {');
  enc.push('  const v = doc[root];');
  enc.push('  switch (root) {');
  globals.forEach((gd, code) => {
    dec.push(
      `    case ${code}: { let v: unknown; ${decodeElement(ctx, gd)} return { ${JSON.stringify(gd.local)}: v }; }`,
    );
    enc.push(
      `    case ${JSON.stringify(gd.local)}: w.bits(${code}, ${docWidth}); ${encodeElement(ctx, gd, 'v')} return;`,
    );
  });
  dec.push(`    default: return r.fail('document root is not a global element of this schema');`);
  dec.push('  }');
  dec.push('}');
  enc.push(
    `    default: return encodeFail(\`unknown root element '\${root}' (one of: \${ROOT_ELEMENTS.join(', ')})\`);`,
  );
  enc.push('  }');
  enc.push('}');

  const fns: string[] = [];
  for (let i = 0; i < ctx.queue.length; i++) {
    const g = ctx.grammars.get(ctx.queue[i]!)!;
    fns.push(emitDecoder(ctx, g));
    fns.push(emitEncoder(ctx, g));
  }

  const banner = [
    '// generated, do not edit.',
    `// ${opts.title}: schema-informed EXI 1.0 codec (non-strict, V2G options), built by src/exi/gen from:`,
    ...opts.sources.map((s) => `//   ${s}`),
    '// Regenerate with `npm run gen:exi -- ../shared/schemas`.',
    '/* eslint-disable */',
  ];
  return `${[
    ...banner,
    '',
    "import type { BitReader } from '../../core/bit-reader.js';",
    "import { type BitWriter, encodeFail, prefixError } from '../../core/bit-writer.js';",
    "import { asArray, asObject, type ExiObject, extraKeyFail, firstKey, keyCount, pushItem } from '../../core/doc.js';",
    '',
    `/** Global elements in DocContent order (sorted by local name, then namespace). */`,
    `export const ROOT_ELEMENTS: readonly string[] = ${JSON.stringify(globals.map((g) => g.local))};`,
    '',
    ...ctx.enumDecls,
    '',
    ...dec,
    '',
    ...enc,
    '',
    ...fns.flatMap((f) => [f, '']),
  ]
    .join('\n')
    .trimEnd()}\n`;
}
