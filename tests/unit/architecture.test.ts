/**
 * The house rules of the code (README, Layout): lib/ by concern with one
 * public module each, arrows between concerns that run one way, no import
 * cycle anywhere, and no function longer than a screen. Read from the source
 * with the TypeScript parser, so a new file is held to them the day it lands.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const CODE_ROOTS = ['lib', 'app', 'components', 'scripts'];
const MAX_FUNCTION_LINES = 80;

/** Which concern each concern may import, besides lib/config.ts, which all may. */
const ALLOWED: Record<string, readonly string[]> = {
  content: [],
  privacy: [],
  photos: ['content', 'privacy'],
  publish: ['content', 'photos', 'browser'],
  import: ['content', 'privacy'],
  browser: [],
};

function sourceFiles(): string[] {
  return CODE_ROOTS.flatMap((root) =>
    (fs.readdirSync(path.join(ROOT, root), { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
      .map((f) => path.join(root, f).split(path.sep).join('/')),
  ).sort();
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    parsed.set(file, sf);
  }
  return sf;
}

/** Every module a file names (imports, re-exports, dynamic imports; types included: a cycle through types is a cycle). */
function specifiers(sf: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) found.push(n.moduleSpecifier.text);
    else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) found.push(n.arguments[0].text);
    else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) found.push(n.argument.literal.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** The repository file a specifier names, or undefined for a package. */
function resolve(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    const abs = path.join(ROOT, candidate);
    if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return candidate;
  }
  return undefined;
}

const concernOf = (file: string) => /^lib\/([^/]+)\//.exec(file)?.[1];

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    graph.set(file, specifiers(parse(file)).map((s) => resolve(file, s)).filter((t): t is string => t !== undefined && /\.tsx?$/.test(t)));
  }
  return graph;
}

/** Strongly connected components of more than one module, or a module importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const connect = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) connect(v);
  return found;
}

function longFunctions(file: string): string[] {
  const sf = parse(file);
  const long: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const first = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const last = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      const lines = last - first + 1;
      const named = 'name' in n && n.name ? n.name.getText() : ts.isVariableDeclaration(n.parent) ? n.parent.name.getText() : '(anonymous)';
      if (lines > MAX_FUNCTION_LINES) long.push(`${file}:${first + 1} ${named} is ${lines} lines`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return long;
}

describe('the house', () => {
  const graph = importGraph();

  it('lib/ shows its concerns: at most eight entries, each concern a folder with one public module', () => {
    const entries = fs.readdirSync(path.join(ROOT, 'lib'));
    expect(entries.length).toBeLessThanOrEqual(8);
    for (const concern of Object.keys(ALLOWED)) expect(fs.existsSync(path.join(ROOT, 'lib', concern, 'index.ts')), concern).toBe(true);
    expect(entries.filter((e) => fs.statSync(path.join(ROOT, 'lib', e)).isDirectory()).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('nothing reaches into another concern: app/, components/, scripts/ and the other concerns import its public module', () => {
    const reaching: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const concern = concernOf(target);
        if (concern && concern !== concernOf(file) && target !== `lib/${concern}/index.ts`) reaching.push(`${file} → ${target}`);
      }
    }
    expect(reaching).toEqual([]);
  });

  it('arrows between concerns run one way: content ← photos ← publish, content ← import, browser ← publish, privacy ← photos and import', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = concernOf(file);
      if (!from) continue;
      for (const target of targets) {
        const to = concernOf(target);
        if (to && to !== from && !ALLOWED[from]?.includes(to)) wrong.push(`${file} → ${target}`);
        if (from === 'browser' && !to && target.startsWith('lib/')) wrong.push(`${file} → ${target} (the browser's code stands alone)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(sourceFiles().flatMap(longFunctions)).toEqual([]);
  });

  it('finds what it looks for: a cycle and a long function are caught', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    const file = 'lib/content/index.ts';
    parsed.set(file, ts.createSourceFile(file, `const f = () => {\n${'  x();\n'.repeat(MAX_FUNCTION_LINES)}};\n`, ts.ScriptTarget.Latest, true));
    expect(longFunctions(file)).toEqual([`${file}:1 f is ${MAX_FUNCTION_LINES + 2} lines`]);
    parsed.delete(file);
  });
});
