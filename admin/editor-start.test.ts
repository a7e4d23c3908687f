import { describe, expect, it } from 'vitest';
import { chooseEditorStart, localBackendAnswers } from './editor-start.ts';

describe('how the content editor starts', () => {
  it('edits the files on this computer when decap-server answers (npm run cms)', () => {
    expect(chooseEditorStart({ onWorkstation: true, gitHostConfigured: false, localBackendAnswers: true })).toBe(
      'local',
    );
    expect(chooseEditorStart({ onWorkstation: true, gitHostConfigured: true, localBackendAnswers: true })).toBe(
      'local',
    );
  });

  it('explains how to open the editor locally when decap-server is not running, instead of an error', () => {
    expect(chooseEditorStart({ onWorkstation: true, gitHostConfigured: false, localBackendAnswers: false })).toBe(
      'explain-local',
    );
  });

  it('explains what the live site needs when it was built without a Git host', () => {
    expect(chooseEditorStart({ onWorkstation: false, gitHostConfigured: false, localBackendAnswers: false })).toBe(
      'explain-live',
    );
  });

  it('uses the Git host wherever the site was built with one', () => {
    expect(chooseEditorStart({ onWorkstation: false, gitHostConfigured: true, localBackendAnswers: false })).toBe(
      'git-host',
    );
    expect(chooseEditorStart({ onWorkstation: true, gitHostConfigured: true, localBackendAnswers: false })).toBe(
      'git-host',
    );
  });
});

describe('asking whether decap-server is running', () => {
  const answering = (body: unknown, status = 200) =>
    (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

  it('is yes when it answers "info" as decap-server does', async () => {
    const info = { repo: 'wt-comms', publish_modes: ['simple'], type: 'local_git' };
    expect(await localBackendAnswers('http://localhost:8081/api/v1', answering(info))).toBe(true);
  });

  it('is no when nothing listens, or something else answers', async () => {
    const refused = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await localBackendAnswers('http://localhost:8081/api/v1', refused)).toBe(false);
    expect(await localBackendAnswers('http://localhost:8081/api/v1', answering({ hello: 'world' }))).toBe(false);
    expect(await localBackendAnswers('http://localhost:8081/api/v1', answering({}, 404))).toBe(false);
  });
});
