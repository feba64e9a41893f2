import { describe, expect, test } from 'vitest';
import { findTemplateProblems, placeholdersOf, renderTemplate } from '../../src/lib/template.ts';
import { DEFAULT_VALUES } from '../../src/lib/command-values.ts';

describe('findTemplateProblems', () => {
  test.each([
    'sudo loginctl enable-linger {{user}}',
    'sudo machinectl shell {{user}}@',
    'home={{home}}',
    'ls {{home}}/bin',
    "printf '%s\\n' \"$(id -u)\" {{uid}}; true",
    "printf '%s\\n' br_netfilter | sudo tee /etc/modules-load.d/x.conf",
    'cat ~/.config/docker/daemon.json',
    "sudo tee /etc/systemd/system/user@.service.d/delegate.conf > /dev/null <<'EOF'\n[Service]\nEOF",
    "docker info -f '{{.Driver}}'",
  ])('accepts %j', (template) => {
    expect(findTemplateProblems(template)).toEqual([]);
  });

  test.each([
    ['echo "{{user}}"', '{{user}} stands inside quotes or a heredoc body; assign it to a variable first (x={{user}}) and use "$x" there'],
    ["echo '{{home}}'", '{{home}} stands inside quotes or a heredoc body; assign it to a variable first (x={{home}}) and use "$x" there'],
    ['cat <<EOF\n{{user}}\nEOF', '{{user}} stands inside quotes or a heredoc body; assign it to a variable first (x={{user}}) and use "$x" there'],
    ['echo x{{user}}', '{{user}} must be a whole shell word (or follow \'=\'); found "echo x{{user}}"'],
    ['echo {{name}}', 'unknown value {{name}}; use one of: user, uid, home, mtu, port, dataRoot, rootlesskit'],
  ])('rejects %j', (template, problem) => {
    expect(findTemplateProblems(template)).toContain(problem);
  });

  test.each([
    ['echo "$XDG_RUNTIME_DIR"', 'echo with data'],
    ["filename=$(echo \"$home/bin/rootlesskit\" | sed -e 's@/@.@g')", 'echo with data'],
    ["printf '{\"data-root\":\"%s\"}\\n' \"$d\" > \"$HOME/.config/docker/daemon.json\"", 'writes daemon.json by hand'],
    ["printf '%s' x | tee ~/.config/docker/daemon.json", 'writes daemon.json by hand'],
    ['cat > ~/.config/systemd/user/docker.service.d/net.conf <<EOF\nx\nEOF', 'writes a drop-in of the docker user service by hand'],
  ])('refuses hand-written data in %j, naming the safe step kind', (template, problem) => {
    expect(findTemplateProblems(template).join('\n')).toContain(problem);
  });
});

describe('renderTemplate', () => {
  test.each([
    [{ user: { literal: 'alice' } }, 'sudo loginctl enable-linger alice'],
    [{ user: { literal: "a'b" } }, "sudo loginctl enable-linger 'a'\\''b'"],
    [{}, 'sudo loginctl enable-linger "$(whoami)"'],
  ])('fills %j', (values, rendered) => {
    expect(renderTemplate('sudo loginctl enable-linger {{user}}', { ...DEFAULT_VALUES, ...values })).toBe(rendered);
  });

  test('lists the placeholders a template uses, once each', () => {
    expect(placeholdersOf('a {{user}} b {{home}} c {{user}}')).toEqual(['user', 'home']);
  });
});
