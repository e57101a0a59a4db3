/**
 * YAML for front matter and data files. The core schema is used on purpose:
 * YAML's default schema turns `2019-11-28` into a Date at UTC midnight, which
 * silently accepts 2020-13-45 (it rolls over) and can shift a day in
 * Shanghai. Dates stay strings here and lib/content/dates.ts checks them.
 */
import yaml from 'js-yaml';
import type { z } from 'zod';
import type { ContentIssue } from './schema';
import { contentError } from './report';

export type YamlResult = { ok: true; value: unknown } | { ok: false; line: number; message: string };

export function loadYaml(text: string): YamlResult {
  try {
    return { ok: true, value: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (err) {
    const info = yamlErrorInfo(err);
    return { ok: false, line: info.line, message: info.reason };
  }
}

/** js-yaml's exceptions carry the 0-based line and a short reason; its typings omit both. */
export function yamlErrorInfo(err: unknown): { line: number; reason: string } {
  const mark = err !== null && typeof err === 'object' && 'mark' in err ? err.mark : undefined;
  const line = mark !== null && typeof mark === 'object' && 'line' in mark && typeof mark.line === 'number' ? mark.line + 1 : 1;
  const reason = err !== null && typeof err === 'object' && 'reason' in err && typeof err.reason === 'string' ? err.reason : err instanceof Error ? err.message.split('\n')[0] : String(err);
  return { line, reason };
}

type PathKey = PropertyKey;

/**
 * Finds the 1-based line of a value in YAML text from its path
 * (["streets", 2, "district"]), for block and flow style alike. When the
 * path stops resolving, the line of the deepest part found is returned.
 */
export function locate(text: string, path: readonly PathKey[]): number {
  const lines = text.split('\n');
  let start = 0;
  let parentIndent = -1;
  let parentIsKey = false;
  let line = 0;
  for (const key of path) {
    const end = blockEnd(lines, start, parentIndent, parentIsKey);
    let hit = -1;
    if (typeof key === 'number') {
      let itemIndent = -1;
      let n = -1;
      for (let i = start; i < end; i++) {
        const m = /^(\s*)-(\s|$)/.exec(lines[i]);
        if (!m) continue;
        if (itemIndent === -1) itemIndent = m[1].length;
        if (m[1].length === itemIndent && ++n === key) {
          hit = i;
          break;
        }
      }
      if (hit === -1) return line || start + 1;
      parentIndent = itemIndent;
      parentIsKey = false;
    } else {
      const re = new RegExp(`(?:^|[\\s{,])${escapeRegExp(String(key))}\\s*:`);
      for (let i = start; i < end; i++) {
        if (re.test(lines[i])) {
          hit = i;
          break;
        }
      }
      if (hit === -1) return line || start + 1;
      parentIndent = indentOf(lines[hit]);
      parentIsKey = true;
    }
    start = hit;
    line = hit + 1;
  }
  return line;
}

/** Index of the first line after `start` that leaves the block opened at `start`. */
function blockEnd(lines: readonly string[], start: number, parentIndent: number, parentIsKey: boolean): number {
  if (parentIndent < 0) return lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!l.trim() || l.trimStart().startsWith('#')) continue;
    const ind = indentOf(l);
    // A key's list may sit at the key's own indent ("streets:\n- name: …").
    if (parentIsKey && ind === parentIndent && /^\s*-(\s|$)/.test(l)) continue;
    if (ind <= parentIndent) return i;
  }
  return lines.length;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function fieldName(path: readonly PathKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

/**
 * Turns zod's complaints about a YAML value into content issues an editor can
 * act on: the line of the field, its path, and what was expected.
 */
export function zodToIssues(
  error: z.ZodError,
  file: { path: string; yamlText: string; lineOffset: number; value: unknown },
  expectations: Readonly<Record<string, string>> = {},
): ContentIssue[] {
  return error.issues.flatMap((issue) => {
    const at = (p: readonly PathKey[]) => file.lineOffset + Math.max(1, locate(file.yamlText, p));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const p = [...issue.path, key];
        const parent = fieldName(issue.path).replace(/\[\d+\]/g, '[]');
        const allowed = parent ? expectations[`${parent}.*`] : expectations['*'];
        return contentError(file.path, at(p), fieldName(p), 'unknown field', allowed);
      });
    }
    const field = fieldName(issue.path);
    const missing = valueAt(file.value, issue.path) === undefined;
    const message = missing ? 'missing field' : issue.message;
    const expected = expectations[field] ?? expectations[field.replace(/\[\d+\]/g, '[]')];
    return [contentError(file.path, at(issue.path), field || '(file)', message, expected)];
  });
}

function valueAt(value: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = value;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}
