import { describe, expect, test } from 'vitest';
import { BOX_CHARS, capPaste, needsPreparing, preparePaste, stripControls } from '../../src/lib/paste.ts';

describe('capPaste', () => {
  test('leaves short pastes alone', () => {
    expect(capPaste('a\nb')).toEqual({ text: 'a\nb', capped: false });
  });

  test('keeps the head and the tail of a long paste, cut at line ends', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
    const { text, capped } = capPaste(lines, 2000);
    expect(capped).toBe(true);
    expect(text.length).toBeLessThanOrEqual(2001);
    expect(text.startsWith('line 0\n')).toBe(true);
    expect(text.endsWith('line 999')).toBe(true);
    expect(text.split('\n').every((l) => /^line \d+$/.test(l))).toBe(true);
  });
});

describe('stripControls', () => {
  test.each([
    ['colours', '\u001b[0;31mERROR\u001b[0m failed', 'ERROR failed'],
    ['a terminal title', '\u001b]0;user@host\u0007ready', 'ready'],
    ['CRLF line ends', 'a\r\nb\rc', 'a\nb\nc'],
    ['bidi overrides and zero-width spaces', 'sudo\u202e tee\u200b', 'sudo tee'],
  ])('removes %s and keeps the text', (_, raw, clean) => {
    expect(stripControls(raw)).toBe(clean);
  });

  test('keeps tabs, newlines and Chinese', () => {
    expect(stripControls('错误\tline\n下一行')).toBe('错误\tline\n下一行');
  });
});

describe('preparePaste and needsPreparing', () => {
  test('leave a short clean paste as it is', () => {
    expect(needsPreparing('could not get XDG_RUNTIME_DIR')).toBe(false);
    expect(preparePaste('could not get XDG_RUNTIME_DIR')).toEqual({ text: 'could not get XDG_RUNTIME_DIR', originalChars: 29, capped: false, cleaned: false });
  });

  test('cut a long clean paste to what the box keeps (the textarea must not lay out more)', () => {
    const raw = 'level=info msg="loading plugin"\n'.repeat(4000);
    expect(raw.length).toBeGreaterThan(BOX_CHARS);
    expect(needsPreparing(raw)).toBe(true);
    expect(preparePaste(raw)).toMatchObject({ capped: true, cleaned: false });
    expect(needsPreparing(raw.slice(0, BOX_CHARS))).toBe(false);
  });

  test('leave a doctor report\'s hidden characters in place, so the value holding one is refused, not changed; a log loses them', () => {
    const report = '# rootless-doctor report v1\n\u001b[0muser=ali\u200bce\r\nhome=/home/alice\n# log\n# end\n';
    expect(preparePaste(report).text).toBe('# rootless-doctor report v1\nuser=ali\u200bce\nhome=/home/alice\n# log\n# end\n');
    expect(preparePaste('user ali\u200bce: No subuid ranges found').text).toBe('user alice: No subuid ranges found');
  });

  test('clean a coloured paste and say so', () => {
    const raw = '\u001b[31mNo subuid ranges found\u001b[0m';
    expect(needsPreparing(raw)).toBe(true);
    expect(preparePaste(raw)).toMatchObject({ text: 'No subuid ranges found', capped: false, cleaned: true });
  });

  test('cut a megabyte of coloured log to what the matcher examines, keeping the error at the end', () => {
    const raw = `${'\u001b[36mINFO\u001b[0m loading plugin\n'.repeat(40_000)}could not get XDG_RUNTIME_DIR\n`;
    const p = preparePaste(raw);
    expect(p.capped && p.cleaned).toBe(true);
    expect(p.originalChars).toBe(raw.length);
    expect(p.text.length).toBeLessThanOrEqual(BOX_CHARS + 1);
    expect(p.text).toContain('could not get XDG_RUNTIME_DIR');
    expect(p.text).not.toContain('\u001b');
  });
});
