import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { appArmorProfileName, encodeAppArmorPath, encodeJson, encodeUnitEnvironment, EncodingError } from '../../src/lib/encoders.ts';

/** Strings of every kind: binary, unicode, and the characters each language treats specially. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.stringMatching(/^[/A-Za-z0-9"'\\$`%*?{}[\]^(),;:=@. \n\t-]{0,30}$/),
);

describe('encodeJson', () => {
  test('JSON.parse reads back exactly the value: one key, the literal text', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(JSON.parse(encodeJson({ 'data-root': s }))).toEqual({ 'data-root': s });
    }));
  });

  test('keeps the registry-mirror injection a plain string value', () => {
    const attack = '/tmp/d","registry-mirrors":["https://evil.example"],"pidfile":"/tmp/d/docker.pid';
    expect(Object.keys(JSON.parse(encodeJson({ 'data-root': attack })))).toEqual(['data-root']);
  });
});

/** Reads an `Environment="NAME=value"` line back the way systemd does for the characters the encoder allows. */
function decodeUnitEnvironment(line: string): [string, string] {
  const m = /^Environment="([^=]+)=(.*)"$/.exec(line);
  if (!m) throw new Error(`not an Environment line: ${line}`);
  return [m[1]!, m[2]!];
}

describe('encodeUnitEnvironment', () => {
  test('writes a value systemd reads literally, or refuses it', () => {
    fc.assert(fc.property(anyText, (s) => {
      let line: string;
      try {
        line = encodeUnitEnvironment('DOCKERD_ROOTLESS_ROOTLESSKIT_MTU', s);
      } catch (err) {
        expect(err).toBeInstanceOf(EncodingError);
        return;
      }
      expect(line).not.toMatch(/[%$\\\n]|".*"./);
      expect(decodeUnitEnvironment(line)).toEqual(['DOCKERD_ROOTLESS_ROOTLESSKIT_MTU', s]);
    }));
  });

  test.each(['65520"\nExecStartPre=/bin/sh -c reboot', '%h', '$HOME', 'a b', 'a\\b'])('refuses %j', (value) => {
    expect(() => encodeUnitEnvironment('X', value)).toThrow(EncodingError);
  });
});

describe('encodeAppArmorPath', () => {
  test('quotes a plain path, or refuses anything AppArmor could read as a pattern, quote or second rule', () => {
    fc.assert(fc.property(anyText.map((s) => `/home/${s}`), (path) => {
      let quoted: string;
      try {
        quoted = encodeAppArmorPath(path);
      } catch (err) {
        expect(err).toBeInstanceOf(EncodingError);
        return;
      }
      expect(quoted).toBe(`"${path}"`);
      expect(path).toMatch(/^\/[A-Za-z0-9._/-]+$/);
    }));
  });

  test.each(['/home/a" flags=(unconfined) { userns, }\nprofile pwn /** {', '/**', '/home/a/../../usr/bin/x', '/home/{a,b}'])('refuses %j', (path) => {
    expect(() => encodeAppArmorPath(path)).toThrow(EncodingError);
  });

  test('names the profile file as upstream\'s sed does', () => {
    expect(appArmorProfileName('/home/alice/bin/rootlesskit')).toBe('home.alice.bin.rootlesskit');
  });
});
