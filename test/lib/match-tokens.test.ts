import { describe, expect, test } from 'vitest';
import { isHan, isSingleHan, tokenBuffer, tokenize, tokenizeInto } from '../../src/lib/match-tokens.ts';

describe('tokenize', () => {
  test.each([
    ['compound words with their parts', 'xdg_runtime_dir', ['xdg_runtime_dir', 'xdg', 'runtime', 'dir']],
    ['paths into segments', 'fork/exec /proc/self/exe', ['fork', 'exec', 'proc', 'self', 'exe']],
    ['dotted names into parts', 'net.ipv4.ping_group_range', ['net', 'ipv4', 'ping_group_range', 'ping', 'group', 'range']],
    ['versions whole', 'ubuntu 24.04', ['ubuntu', '24.04']],
    ['versions inside compounds whole', 'ubuntu-24.04 runner', ['24.04', 'ubuntu', 'runner']],
    ['plurals folded', 'namespaces entries iptables status', ['namespace', 'entry', 'iptable', 'status']],
    ['function words and lone letters dropped', 'the child of a process is t', ['child', 'process']],
    ['plain numbers dropped', 'exit status 1', ['exit', 'status']],
    ['Chinese as characters and bigrams', 'ping 不通', ['ping', '不', '不通', '通']],
    ['Chinese question words dropped', '怎么办', ['怎', '么', '么办', '办']],
    ['the words of a question around the problem dropped', 'how can i fix rootlesskit, is it safe', ['rootlesskit']],
  ])('splits %s', (_what, canonical, tokens) => {
    expect(tokenize(canonical)).toEqual(tokens);
  });

  test('weighs no unprivileged-port mark (log-normalise leaves it for the matcher, not as a word)', () => {
    expect(tokenize('curl highport refused')).toEqual(['curl', 'refused']);
  });

  test('reports words seen only inside compounds', () => {
    const parts = new Set<string>();
    tokenize('user_subvol_rm_allowed rm', parts);
    expect([...parts].sort()).toEqual(['allowed', 'rm', 'subvol', 'user']);
  });

  test.each([
    ['', []],
    ['🐳 <> !!', []],
  ])('returns no tokens for %j', (canonical, tokens) => {
    expect(tokenize(canonical)).toEqual(tokens);
  });
});

describe('isHan and isSingleHan', () => {
  test.each([
    ['不通', true, false],
    ['通', true, true],
    ['ping', false, false],
  ])('%s', (token, han, single) => {
    expect([isHan(token), isSingleHan(token)]).toEqual([han, single]);
  });
});

describe('tokenizeInto', () => {
  test('writes a line\'s tokens after what the buffer holds, so a buffer reused for a shorter line holds only that line\'s', () => {
    const buffer = tokenBuffer();
    tokenizeInto('failed to setup uid/gid map: newuidmap exited', buffer);
    const long = buffer.count;
    buffer.count = 0;
    tokenizeInto('ping 不通', buffer);
    expect(long).toBeGreaterThan(4);
    expect(buffer.tokens.slice(0, buffer.count)).toEqual(['ping', '不', '不通', '通']);
  });

  test.each([
    ['a joiner with no word after it as the end of the word', 'xx- -yy ab/-cd ef.', ['xx', 'yy', 'ab', 'cd', 'ef']],
    ['underscores at a word\'s ends as a compound with one part', '_xdg_ dir_', ['xdg', 'dir']],
    ['Chinese next to Latin letters', '容器abc里', ['容', '容器', '器', 'abc', '里']],
  ])('reads %s as tokenize always has', (_what, canonical, tokens) => {
    expect(tokenize(canonical)).toEqual(tokens);
  });
});
