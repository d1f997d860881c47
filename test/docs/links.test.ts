/**
 * The user-facing docs stand alone: README.md, deploy/README.md and hw/*.md never point into ../shared (a user of
 * the repository does not have it), name no placeholder clone URL, and every relative link resolves to a file of
 * the repository (and, with #anchor, to a heading in it).
 */

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../helpers/shared.js';

function userDocs(): string[] {
  const hw = readdirSync(join(PROJECT_ROOT, 'hw'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('hw', f));
  return ['README.md', join('deploy', 'README.md'), ...hw];
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(text: string): Set<string> {
  const out = new Set<string>();
  let inCode = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const m = !inCode && /^#{1,6}\s+(.*)$/.exec(line);
    if (m) out.add(slug(m[1] as string));
  }
  return out;
}

/** Relative Markdown links `[text](target)` outside code blocks and inline code. */
function linksOf(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const out: string[] = [];
  for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1] as string;
    if (/^[a-z]+:/i.test(target)) continue; // http:, https:, mailto:
    out.push(target);
  }
  return out;
}

export function docProblems(root: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    text.split('\n').forEach((line, i) => {
      if (/\.\.\/shared|shared\/reference|shared\/fixtures/.test(line)) {
        problems.push(`${file}:${i + 1}: points into ../shared, which users of the repository do not have`);
      }
      if (/<[^>]*repository URL[^>]*>|github\.com\/<|example\.com\/piccs/i.test(line)) {
        problems.push(`${file}:${i + 1}: a placeholder clone URL`);
      }
    });
    for (const link of linksOf(text)) {
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? join(root, file) : join(root, dirname(file), path);
      if (!target.startsWith(root) || !existsSync(target)) {
        problems.push(`${file}: link ${link} -> ${relative(root, target)} does not exist`);
        continue;
      }
      if (anchor && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) {
        problems.push(`${file}: link ${link}: no heading #${anchor} in ${relative(root, target)}`);
      }
    }
  }
  return problems;
}

describe('user docs stand alone', () => {
  it('README, deploy/README and hw/*.md: no ../shared, no placeholder URL, every relative link resolves', () => {
    const files = userDocs();
    assert.ok(files.length >= 5, files.join(', '));
    const problems = docProblems(PROJECT_ROOT, files);
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });

  it('the checker finds a broken link, a missing anchor and a ../shared reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'piccs-docs-'));
    try {
      writeFileSync(
        join(dir, 'x.md'),
        '# Top\nsee [a](missing.md), [b](#nowhere), [c](#top) and ../shared/reference/x.md\n',
      );
      const p = docProblems(dir, ['x.md']);
      assert.ok(
        p.some((l) => l.includes('link missing.md')),
        p.join('\n'),
      );
      assert.ok(
        p.some((l) => l.includes('no heading #nowhere')),
        p.join('\n'),
      );
      assert.ok(!p.some((l) => l.includes('#top')), p.join('\n'));
      assert.ok(
        p.some((l) => l.includes('points into ../shared')),
        p.join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
