import { describe, expect, test } from 'vitest';
import { filePaths, pathsDisagree } from '../../src/lib/file-paths.ts';

const folders = (canonical: string) => Object.fromEntries([...filePaths(canonical)].map(([name, dirs]) => [name, [...dirs]]));

describe('filePaths', () => {
  test.each([
    ['a socket URL', 'at unix:///var/run/docker.sock. is the docker daemon running?', { 'docker.sock': ['/run/'] }],
    ['a path with an erased number', 'at unix:///run/user/ /docker.sock.', { 'docker.sock': ['/run/user/#/'] }],
    ['a folder whose name ended in an erased number (`/tmp/docker-33333/`)', 'at unix:///tmp/docker- /docker.sock. is', { 'docker.sock': ['/tmp/docker-#/'] }],
    ['the second of two paths a space apart (not one folder)', 'cp /tmp /var/run/docker.sock', { 'docker.sock': ['/run/'] }],
    ['a file after its own folder', 'cp /etc/docker /etc/docker/daemon.json', { 'daemon.json': ['/etc/docker/'] }],
    ['a home path', 'dial unix ~/.docker/run/docker.sock: connect', { 'docker.sock': ['~/.docker/run/'] }],
    ['a lock file', "can't open lock file /run/xtables.lock: permission denied", { 'xtables.lock': ['/run/'] }],
  ])('finds the file and its folder in %s', (_what, canonical, expected) => {
    expect(folders(canonical)).toEqual(expected);
  });

  test('finds nothing without a file name with an extension', () => {
    expect(filePaths('open /etc/subgid: no such file or directory').size).toBe(0);
    expect(filePaths('docker.sock').size).toBe(0);
  });
});

describe('pathsDisagree', () => {
  const rootful = filePaths('unix:///var/run/docker.sock');
  test('is true for the same file in another folder', () => {
    expect(pathsDisagree(rootful, filePaths('unix:///run/user/ /docker.sock'))).toBe(true);
  });

  test('is false for the same folder (`/var/run` is `/run`), other files, or no file', () => {
    expect(pathsDisagree(rootful, filePaths('unix:///run/docker.sock'))).toBe(false);
    expect(pathsDisagree(rootful, filePaths('/run/xtables.lock'))).toBe(false);
    expect(pathsDisagree(rootful, new Map())).toBe(false);
  });
});
