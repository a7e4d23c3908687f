/**
 * Hate crime reports through the hub intake, as a person and as an attacker would send them: stored sealed with their
 * kind, once, never with a name, contact or client address when anonymous; refused without echoing; and collected by
 * `npm run hub:collect` into their own files, a report asking for support also into the referrals' files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HATE_CRIME_REPORTS_PATH, registerIntake, type ReportPage } from './intake.ts';
import { localSource } from './local-source.ts';
import type { ReferralStore } from './store/referral-store.ts';
import { collectReferrals } from '../hub/collection.ts';
import { generateHubKeys } from '../hub/hub-keys.ts';
import { openSealed, type HubKeyPair } from '../hub/sealing.ts';
import { ERROR_REGION, FORM_REGION, PAGE_REGION } from '../features/referral/form-markup.ts';
import { IDENTIFYING_FIELDS } from '../features/referral/hate-crime-report/answers.ts';
import { escapeHtml } from '../shared/html.ts';
import { intakeOptions, HUB_PHONE, storeInNewFolder, type StoreInFolder } from '../../tests/support/intake-setup.ts';
import { formEncoded } from '../../tests/support/referrals.ts';
import {
  anonymousReport,
  reportAskingForSupport,
  reportFromConnectPoint,
  reportWithDetails,
} from '../../tests/support/hate-crime-reports.ts';

const now = new Date('2026-11-28T12:00:00Z');
const CLIENT_ADDRESS = '203.0.113.77';

/** The /report-hate-crime/ page as the intake fills it in: only its regions matter. */
const reportPage: ReportPage = {
  template: () =>
    [
      '<!doctype html><html><head><title>Report a hate crime – Victims First</title></head><body><main>',
      PAGE_REGION.start,
      ERROR_REGION.start + ERROR_REGION.end,
      '<h1>Report a hate crime</h1>',
      FORM_REGION.start + '<form></form>' + FORM_REGION.end,
      PAGE_REGION.end,
      '</main></body></html>',
    ].join(''),
  context: {
    endpoint: HATE_CRIME_REPORTS_PATH,
    hubPhone: HUB_PHONE,
    callsFrom: HUB_PHONE,
    emergency: '999',
    silentSolutionCode: '55',
  },
  contactWithinWorkingDays: 2,
};

/** The Polish report's words, as the built /pl/report-hate-crime/ page gives them to the form (data-form-context). */
const polishWords = {
  'There is a problem': 'Wystąpił problem',
  'Error:': 'Błąd:',
  'Enter what happened': 'Napisz, co się stało',
  'Report sent': 'Zgłoszenie wysłane',
};

/** /pl/report-hate-crime/ as the intake fills it in. */
const polishReportPage: ReportPage = {
  ...reportPage,
  template: () =>
    reportPage
      .template()!
      .replace('<html>', '<html lang="pl">')
      .replace('<title>Report a hate crime', '<title>Zgłoś przestępstwo z nienawiści')
      .replace(
        '<main>',
        `<main data-form-context="${escapeHtml(JSON.stringify({ ...reportPage.context, lang: 'pl', words: polishWords }))}">`,
      ),
};

/** Every sealed item waiting, opened with the hub's keys. */
async function opened(store: ReferralStore, keys: HubKeyPair) {
  return Promise.all(
    (await store.waiting()).map(async (row) => (await openSealed(row.sealed, keys)) as Record<string, unknown>),
  );
}

describe('hate crime reports at the intake', () => {
  let kept: StoreInFolder;
  let store: ReferralStore;
  let keys: HubKeyPair;
  let app: FastifyInstance;
  let logged: string[];
  const originalLog = console.log;

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-reports-');
    store = kept.store;
    keys = await generateHubKeys();
    logged = [];
    console.log = (...parts: unknown[]) => logged.push(parts.join(' '));
    app = Fastify();
    await registerIntake(
      app,
      await intakeOptions(store, {
        hubPublicKey: keys.publicKey,
        now: () => now,
        perMinute: 50,
        logRequests: true,
        reportPage,
        reportPages: { pl: polishReportPage },
      }),
    );
  });

  afterEach(async () => {
    console.log = originalLog;
    await app.close();
    await kept.remove();
  });

  const post = (payload: string | object, contentType = 'application/json', headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: HATE_CRIME_REPORTS_PATH,
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: { 'content-type': contentType, ...headers },
      remoteAddress: CLIENT_ADDRESS,
    });

  it('stores an anonymous report sealed, with its kind, and nothing that could name or reach the person', async () => {
    const response = await post({ ...anonymousReport, timeTakenMs: '90000' });
    expect(response.statusCode).toBe(201);
    const { reference } = response.json() as { reference: string };
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const [item] = await opened(store, keys);
    expect(item).toMatchObject({ kind: 'hate-crime-report', receivedAt: now.toISOString() });
    expect(item).not.toHaveProperty('referral');
    const report = item!.hateCrimeReport as Record<string, unknown>;
    expect(report).toMatchObject({ outcome: 'anonymous', area: 'oxfordshire', supportAskedFor: 'no' });
    for (const field of IDENTIFYING_FIELDS) expect(report).not.toHaveProperty(field);

    // The database's rows: the reference, when it came, the sealed report, a short-lived keyed hash; no address.
    await store.close();
    const database = new DatabaseSync(path.join(kept.folder, 'referrals.sqlite'), { readOnly: true });
    const rows = database.prepare('SELECT * FROM referrals').all();
    database.close();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['acknowledged_at', 'answers_hash', 'idempotency_key', 'received_at', 'reference', 'sealed'].sort(),
    );
    expect(rows[0]!.idempotency_key).toBeNull();
    for (const file of readdirSync(kept.folder)) {
      const bytes = readFileSync(path.join(kept.folder, file)).toString('latin1');
      expect(bytes, file).not.toContain(CLIENT_ADDRESS);
      expect(bytes, file).not.toContain('Cowley');
    }
    // The intake's log line says the route, the status and the time, and nothing about who sent it.
    expect(logged).toEqual([expect.stringMatching(/^POST \/api\/hate-crime-reports 201 \d+ms$/)]);
    expect(logged.join('\n')).not.toContain(CLIENT_ADDRESS);
    kept = { ...kept, remove: async () => rmSync(kept.folder, { recursive: true, force: true }) };
  });

  it('keeps the reporter’s details when they chose to pass the report to the police', async () => {
    expect((await post(reportWithDetails)).statusCode).toBe(201);
    const [item] = await opened(store, keys);
    expect(item!.hateCrimeReport).toMatchObject({
      reporterType: 'witness',
      outcome: 'police',
      reporterName: 'Robin Witnessname',
      reporterPhone: '07700 900123',
    });
  });

  it('takes a third-party report from a Connect point, sent without JavaScript, and answers with the page', async () => {
    const response = await post(formEncoded(reportFromConnectPoint), 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Report sent – ');
    expect(response.body).toMatch(/data-reference dir="ltr">[A-Z0-9]{4}-[A-Z0-9]{4}</);
    expect(response.body).toContain('without your name or contact details');
    const [item] = await opened(store, keys);
    expect(item!.hateCrimeReport).toMatchObject({
      reporterType: 'organisation',
      organisation: 'Banbury Library Connect point',
      role: 'Library assistant',
      hostility: ['disability'],
    });
  });

  it('seals a report that asks for support with its referral, under one reference', async () => {
    expect((await post(reportAskingForSupport)).statusCode).toBe(201);
    const [item] = await opened(store, keys);
    const report = item!.hateCrimeReport as Record<string, unknown>;
    for (const field of IDENTIFYING_FIELDS) expect(report).not.toHaveProperty(field);
    expect(report.supportAskedFor).toBe('yes');
    expect(item!.referral).toMatchObject({
      name: 'Alex Supportname',
      phone: '07700 900456',
      crimeTypes: ['hate-crime'],
    });
  });

  it('stores a report sent twice once: by its key, and without JavaScript by its answers', async () => {
    const keyed = { ...anonymousReport, idempotencyKey: 'a1b2c3d4e5f6a7b8c9d0' };
    const first = await post(keyed);
    const again = await post(keyed);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json()).toEqual(first.json());
    const changed = await post({ ...keyed, town: 'Didcot' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().message).toMatch(/^This report was already sent/);
    const unkeyed = formEncoded(reportWithDetails);
    const one = await post(unkeyed, 'application/x-www-form-urlencoded', { accept: 'application/json' });
    const two = await post(unkeyed, 'application/x-www-form-urlencoded');
    expect(two.body).toContain(one.body.match(/[A-Z0-9]{4}-[A-Z0-9]{4}/)![0]);
    expect(await store.waitingCount()).toBe(2);
  });

  it('refuses hostile and invalid reports with 4xx, stores nothing and echoes nothing', async () => {
    const attempts = [
      post({ ...anonymousReport, reporterName: 'Sam Uniquename' }),
      post({ ...anonymousReport, account: '<script>alert("Uniquename")</script>' }),
      post({ ...anonymousReport, isAdmin: 'Uniquename' }),
      post({ ...anonymousReport, website: 'Uniquename' }),
      post({ ...anonymousReport, idempotencyKey: 'Uniquename<>' }),
      post({ ...anonymousReport, hostility: Array.from({ length: 50 }, () => 'Uniquename') }),
      post('["Uniquename"]'),
      post('Uniquename', 'text/plain'),
      post({ ...anonymousReport, place: 'Uniquename' }, 'application/json', {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.body).not.toContain('Uniquename');
      expect(response.body).not.toContain('<script>');
    }
    const crossSite = await attempts[8]!;
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().message).toMatch(/^Reports can only be sent from the Victims First website/);
    const anonymousWithName = await attempts[0]!;
    expect(anonymousWithName.json().errors).toEqual([
      {
        field: 'reporterName',
        message:
          'You chose to report without your details, so leave this empty. Or choose to pass the report to the police with your details.',
      },
    ]);
    expect(await store.waitingCount()).toBe(0);
  });

  it('answers a report sent without JavaScript with errors as the page, with what was typed', async () => {
    const response = await post(
      formEncoded({ ...anonymousReport, account: '', place: 'By the station' }),
      'application/x-www-form-urlencoded',
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<title>Error: Report a hate crime');
    expect(response.body).toContain('<a href="#account">Enter what happened</a>');
    expect(response.body).toContain('value="By the station"');
    expect(await store.waitingCount()).toBe(0);
  });

  it('answers a report sent without JavaScript from a translated page in its language, and keeps the language', async () => {
    const polish = { ...anonymousReport, formLanguage: 'pl' };
    const refused = await post(formEncoded({ ...polish, account: '' }), 'application/x-www-form-urlencoded');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<title>Błąd: Zgłoś przestępstwo z nienawiści');
    expect(refused.body).toContain('Wystąpił problem');
    expect(refused.body).toContain('<a href="#account">Napisz, co się stało</a>');

    const sent = await post(formEncoded(polish), 'application/x-www-form-urlencoded');
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('<title>Zgłoszenie wysłane – ');
    // A language the site has no report page in is answered with the English page; the hub still sees which it was.
    const other = await post(
      formEncoded({ ...anonymousReport, town: 'Thame', formLanguage: 'cy' }),
      'application/x-www-form-urlencoded',
    );
    expect(other.body).toContain('<title>Report sent – ');
    const languages = (await opened(store, keys)).map(
      (item) => (item.hateCrimeReport as Record<string, unknown>).formLanguage,
    );
    expect(languages.sort()).toEqual(['cy', 'pl']);
  });

  it('is collected by hub:collect into its own files, the one asking for support also as a linked referral', async () => {
    const references: Record<string, string> = {};
    for (const [name, answers] of Object.entries({
      anonymousReport,
      reportWithDetails,
      reportFromConnectPoint,
      reportAskingForSupport,
    }))
      references[name] = ((await post(answers)).json() as { reference: string }).reference;
    const outDir = mkdtempSync(path.join(tmpdir(), 'vf-report-files-'));
    try {
      const result = await collectReferrals({
        source: localSource(store, { retentionDays: 30, now: () => now }),
        keys,
        outDir,
        now,
      });
      expect(result.hateCrimeReports).toHaveLength(4);
      expect(result.collected.map((item) => item.reference)).toEqual([references.reportAskingForSupport]);
      expect(result.acknowledged).toBe(4);
      expect(await store.waitingCount()).toBe(0);
      const files = readdirSync(outDir)
        .filter((name) => !name.startsWith('.'))
        .sort();
      expect(files).toEqual([
        'hate-crime-reports-2026-11-28T12-00-00-000Z.csv',
        'hate-crime-reports-2026-11-28T12-00-00-000Z.json',
        'referrals-2026-11-28T12-00-00-000Z.csv',
        'referrals-2026-11-28T12-00-00-000Z.json',
      ]);
      const reports = JSON.parse(readFileSync(path.join(outDir, files[1]!), 'utf8')) as {
        reference: string;
        report: Record<string, unknown>;
      }[];
      const byReference = new Map(reports.map((item) => [item.reference, item.report]));
      expect(byReference.get(references.anonymousReport!)).toMatchObject({
        ...anonymousReport,
        supportAskedFor: 'no',
      });
      expect(byReference.get(references.reportWithDetails!)).toMatchObject(reportWithDetails);
      expect(byReference.get(references.reportAskingForSupport!)).toMatchObject({
        supportReferral: references.reportAskingForSupport,
      });
      const [referral] = JSON.parse(readFileSync(path.join(outDir, files[3]!), 'utf8')) as {
        referral: Record<string, unknown>;
      }[];
      expect(referral!.referral).toMatchObject({
        name: 'Alex Supportname',
        hateCrimeReport: references.reportAskingForSupport,
      });
      const csv = readFileSync(path.join(outDir, files[0]!), 'utf8');
      expect(csv.split('\r\n')[0]).toMatch(/^"reference","receivedAt","reporterType",/);
      expect(csv).toContain('"race; religion"');
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
