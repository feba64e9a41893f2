import { describe, expect, test } from 'vitest';
import { canonicalForm } from '../../src/lib/match-model.ts';
import { subjectsDisagree, urlHeads } from '../../src/lib/line-subjects.ts';

const heads = (line: string) => [...urlHeads(canonicalForm(line))];

describe('urlHeads', () => {
  test.each([
    ["a registry's API, its port erased", 'Get "http://localhost:56140/v2/": dial tcp 127.0.0.1:56140: connect: connection refused', ['v2']],
    ['the same API at an address', 'Get "http://127.0.0.1:5000/v2/library/alpine/manifests/latest": EOF', ['v2']],
    ["Kubernetes' API", 'couldn\'t get current server API group list: Get "https://0.0.0.0:40245/api?timeout=32s": dial tcp 0.0.0.0:40245: connect: connection refused', ['api']],
    ['a documentation link', 'see https://docs.docker.com/go/rootless/', ['go']],
    ['a Q&A page, its number erased', 'https://stackoverflow.com/questions/47580528/error-response-from-daemon', ['questions']],
  ])('reads %s', (_what, line, expected) => {
    expect(heads(line)).toEqual(expected);
  });

  test('reads nothing from a line without a URL, or a URL without a path', () => {
    expect(heads('connect: connection refused')).toEqual([]);
    expect(heads('curl http://localhost:8080 fails')).toEqual([]);
  });
});

describe('subjectsDisagree, for URLs', () => {
  const registry = urlHeads(canonicalForm('Get "http://localhost:5000/v2/": connection refused'));
  test('is true for URLs that point at other things', () => {
    expect(subjectsDisagree(registry, urlHeads(canonicalForm('Get "https://0.0.0.0:6443/api?timeout=32s": connection refused')))).toBe(true);
  });
  test('is true for a registry\'s /v1/ against its /v2/: only Docker releases older than rootless mode asked /v1/_ping', () => {
    expect(subjectsDisagree(registry, urlHeads(canonicalForm('Get "http://localhost:5000/v1/_ping": dial tcp 127.0.0.1:5000: connect: connection refused')))).toBe(true);
  });
  test('is false for the same thing at another host or deeper, or when one side names no URL', () => {
    expect(subjectsDisagree(registry, urlHeads(canonicalForm('Get "http://127.0.0.1:5000/v2/alpine/manifests/latest": EOF')))).toBe(false);
    expect(subjectsDisagree(registry, urlHeads(canonicalForm('dial tcp 127.0.0.1:5000: connect: connection refused')))).toBe(false);
  });
});
