import { describe, expect, it } from 'vitest';
import { regenerateCommand } from '../../generator/report/regenerate-command.js';

describe('regenerateCommand', () => {
  it.each<{ argv: string[]; env: Record<string, string>; want: string }>([
    { argv: ['--check'], env: {}, want: 'openapi-client generate' },
    { argv: ['generate', '--check', '--config', 'my config.yaml'], env: {}, want: "openapi-client generate --config 'my config.yaml'" },
    { argv: ['--check'], env: { npm_lifecycle_event: 'generate', npm_lifecycle_script: 'tsx generator/cli.ts' }, want: 'npm run generate' },
    { argv: ['--check', '--quiet'], env: { npm_lifecycle_event: 'generate', npm_lifecycle_script: 'openapi-client generate' }, want: 'npm run generate -- --quiet' },
    {
      argv: ['--specs', 'test/fixtures/specs', '--out', 'test/fixtures/generated', '--check'],
      env: { npm_lifecycle_event: 'generate:fixtures', npm_lifecycle_script: 'tsx generator/cli.ts --specs test/fixtures/specs --out test/fixtures/generated' },
      want: 'npm run generate:fixtures',
    },
    { argv: ['--check', "--name=it's"], env: {}, want: `openapi-client generate '--name=it'\\''s'` },
    // A test runner's script that spawns the generator, and a script that is itself the check, are not the command to run.
    { argv: ['--check', '--config', 'x.yaml'], env: { npm_lifecycle_event: 'test', npm_lifecycle_script: 'npm run typecheck && vitest run' }, want: 'openapi-client generate --config x.yaml' },
    { argv: ['--check'], env: { npm_lifecycle_event: 'verify', npm_lifecycle_script: 'openapi-client generate --check' }, want: 'openapi-client generate' },
  ])('$argv with $env.npm_lifecycle_event → $want', ({ argv, env, want }) => {
    expect(regenerateCommand(argv, env)).toBe(want);
  });
});
