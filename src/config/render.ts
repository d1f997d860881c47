/** Render the effective config (YAML, with sources) and the schema's documentation (`config --explain`). */

import { stringify } from 'yaml';
import type { Config } from './schema.js';
import { schema } from './schema.js';
import { flattenSpec, type KeySpec } from './spec.js';

export function renderConfigYaml(config: Config): string {
  return stringify(config, { lineWidth: 0 });
}

function typeText(s: KeySpec): string {
  switch (s.type) {
    case 'enum':
      return s.values.join('|');
    case 'list':
      return s.values ? `list of ${s.values.join('|')}` : 'list';
    case 'number':
    case 'integer': {
      const range = s.min !== undefined || s.max !== undefined ? ` ${s.min ?? '-inf'}..${s.max ?? 'inf'}` : '';
      return `${s.type}${range}${s.unit ? ` ${s.unit}` : ''}`;
    }
    default:
      return s.type;
  }
}

export function renderExplain(): string {
  const lines: string[] = [];
  for (const [path, s] of flattenSpec(schema)) {
    lines.push(`${path} (${typeText(s)}, default ${JSON.stringify(s.default)})`);
    lines.push(`    ${s.help}`);
  }
  return `${lines.join('\n')}\n`;
}
