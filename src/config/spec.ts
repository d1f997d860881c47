/**
 * The config key DSL: each key declares its type, default, unit, allowed range and one line of help
 * (with the reason: spec default, field experience, hardware). Sections nest. The typed config object
 * is derived from the declarations, so the schema is the single source of truth for code and docs.
 */

interface KeyBase {
  help: string;
  unit?: string;
}
export interface StringKey extends KeyBase {
  type: 'string';
  default: string;
  pattern?: RegExp;
  /** What the pattern means, for the error message. */
  patternHelp?: string;
  maxLength?: number;
}
export interface NumberKey extends KeyBase {
  type: 'number' | 'integer';
  default: number;
  min?: number;
  max?: number;
}
export interface BooleanKey extends KeyBase {
  type: 'boolean';
  default: boolean;
}
export interface EnumKey<V extends string = string> extends KeyBase {
  type: 'enum';
  values: readonly V[];
  default: V;
}
export interface ListKey<V extends string = string> extends KeyBase {
  type: 'list';
  default: readonly V[];
  /** When given, every item must be one of these. */
  values?: readonly V[];
  minItems?: number;
}
export type KeySpec = StringKey | NumberKey | BooleanKey | EnumKey | ListKey;
export interface SectionSpec {
  readonly [key: string]: KeySpec | SectionSpec;
}

type ValueOf<K> =
  K extends EnumKey<infer V>
    ? V
    : K extends ListKey<infer V>
      ? V[]
      : K extends NumberKey
        ? number
        : K extends BooleanKey
          ? boolean
          : K extends StringKey
            ? string
            : never;

/** The typed value object for a section spec. */
export type ConfigOf<S extends SectionSpec> = {
  -readonly [K in keyof S]: S[K] extends KeySpec ? ValueOf<S[K]> : S[K] extends SectionSpec ? ConfigOf<S[K]> : never;
};

export function isKeySpec(v: KeySpec | SectionSpec): v is KeySpec {
  return typeof (v as KeySpec).type === 'string' && typeof (v as KeySpec).help === 'string';
}

// Small constructors so section files read like a table.
export const str = (
  def: string,
  help: string,
  o: Partial<Omit<StringKey, 'type' | 'default' | 'help'>> = {},
): StringKey => ({
  type: 'string',
  default: def,
  help,
  ...o,
});
export const num = (
  def: number,
  help: string,
  o: Partial<Omit<NumberKey, 'type' | 'default' | 'help'>> = {},
): NumberKey => ({
  type: 'number',
  default: def,
  help,
  ...o,
});
export const int = (
  def: number,
  help: string,
  o: Partial<Omit<NumberKey, 'type' | 'default' | 'help'>> = {},
): NumberKey => ({
  type: 'integer',
  default: def,
  help,
  ...o,
});
export const bool = (def: boolean, help: string): BooleanKey => ({ type: 'boolean', default: def, help });
export function oneOf<const V extends string>(values: readonly V[], def: NoInfer<V>, help: string): EnumKey<V> {
  return { type: 'enum', values, default: def, help };
}
export function list<const V extends string>(
  def: readonly V[],
  help: string,
  o: { values?: readonly V[]; minItems?: number } = {},
): ListKey<V> {
  return { type: 'list', default: def, help, ...o };
}

/** Every key of a spec with its dotted path, in declaration order. */
export function flattenSpec(spec: SectionSpec, prefix = ''): [string, KeySpec][] {
  const out: [string, KeySpec][] = [];
  for (const [k, v] of Object.entries(spec)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (isKeySpec(v)) out.push([path, v]);
    else out.push(...flattenSpec(v, path));
  }
  return out;
}
