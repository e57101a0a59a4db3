import { describe, expect, it } from 'vitest';
import { checkRawText, IMPORT_FLAG, MAX_NESTING, nestingOf, normaliseText, PLACEHOLDER } from '../../../../lib/content/edition/raw-text';
import { issuesFor } from '../../../../lib/content/edition/types';
import { formatIssue } from '../../../../lib/content/report';

const check = (text: string) => {
  const issues = issuesFor('e.md');
  const ok = checkRawText(text, text.split('\n'), issues);
  return { ok, messages: issues.list.map(formatIssue) };
};

describe('raw text', () => {
  it('normalises a byte-order mark and CRLF and CR line endings', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('counts nesting from quote marks, list markers and indentation', () => {
    expect(nestingOf('> - - 1. x')).toBe(4);
    expect(nestingOf('        x')).toBe(2);
    expect(nestingOf('x - y')).toBe(0);
  });

  it('reports each problem at its line and column, and parses on', () => {
    const r = check(`a\nb\u0007c\n\u200Bd\n${PLACEHOLDER}标题】\n${IMPORT_FLAG}】原文第3行：x`);
    expect(r.ok).toBe(true);
    expect(r.messages).toEqual([
      'e.md:2 text: control character U+0007 at column 2 (remove it: it is invisible and has no place in an edition)',
      'e.md:3 warning: text: zero-width character U+200B at column 1 (invisible on the page; remove it unless it is wanted)',
      `e.md:4 text: placeholder left at column 1: "${PLACEHOLDER}标题】" (replace it with the text of the edition, or delete it)`,
      `e.md:5 text: import guess not yet reviewed: ${IMPORT_FLAG}】原文第3行：x (check the text beside it against the printed page, correct the text if the guess is wrong, then delete this line)`,
    ]);
  });

  it('stops the parse on nesting too deep to render, and on a file too large', () => {
    const deep = check(`ok\n${'>'.repeat(MAX_NESTING + 1)} x`);
    expect(deep.ok).toBe(false);
    expect(deep.messages).toEqual([`e.md:2 body: nested more than ${MAX_NESTING} levels deep (at most ${MAX_NESTING} levels of lists or quotes)`]);
    const large = check('字'.repeat(400_000));
    expect(large.ok).toBe(false);
    expect(large.messages[0]).toMatch(/^e\.md:1 file: is 1\.1 MB/);
  });
});
