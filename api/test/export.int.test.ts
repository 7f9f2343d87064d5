import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY1, E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

/** Checks the UTF-8 BOM and parses our CSV (quoted cells may hold commas and quotes). */
async function csvOf(res: Response): Promise<Record<string, string>[]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
  const split = (line: string) =>
    [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!));
  const [header, ...rows] = lines.map(split);
  return rows.map((r) => Object.fromEntries(header!.map((k, i) => [k, r[i] ?? ''])));
}

describe('GET /export/trend.csv', () => {
  it('exports a trend as a CSV download, one row per series and bucket', async () => {
    const res = await h.get(
      `/export/trend.csv?entityIds=${E.agents.id},${E.embodied.id}&bucket=DAY`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="trend-day.csv"');
    const rows = await csvOf(res);
    expect(rows.map((r) => [r.entity_id, r.bucket_key, r.mentions])).toEqual([
      [E.agents.id, '2025-07-26', '4'],
      [E.agents.id, '2025-07-27', '4'],
      [E.embodied.id, '2025-07-26', '5'],
      [E.embodied.id, '2025-07-27', '1'],
    ]);
    expect(Number(rows[1]!.mention_share)).toBeCloseTo(4 / 7, 6);
    expect(rows[1]!.bucket_total_mentions).toBe('7');
  });

  it('splits by speaker and names the file after it', async () => {
    const res = await h.get(
      `/export/trend.csv?entityIds=${E.agents.id}&bucket=segment&transcriptId=${DAY1.transcript.id}&split=speaker`,
    );
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="trend-segment-by-speaker.csv"',
    );
    const rows = await csvOf(res);
    expect(new Set(rows.map((r) => r.speaker_name))).toEqual(new Set(['黄潮', '王芳', '刘倩']));
  });

  it('answers 400 with BAD_USER_INPUT for invalid parameters', async () => {
    const res = await h.get(`/export/trend.csv?entityIds=${E.agents.id}&bucket=minutes`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.issues[0].path).toBe('transcriptId');
  });
});

describe('GET /export/who-said-what.csv', () => {
  it('exports quotes and claims per speaker with their place in the transcript', async () => {
    const res = await h.get(`/export/who-said-what.csv?entityId=${E.agents.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="who-said-what-topic-agents.csv"',
    );
    const rows = await csvOf(res);
    expect(rows).toHaveLength(6 + 4);
    const claim = rows.find((r) => r.kind === 'claim' && r.speaker_name === '刘倩')!;
    expect(claim).toMatchObject({
      stance: 'concern',
      text: '智能体的风险在于失控',
      transcript_id: DAY1.transcript.id,
      segment_title: '对话：数据与智能体',
      line: '12',
      start_sec: '400',
    });
    expect(rows.filter((r) => r.speaker_name === '(unidentified)')).toHaveLength(2);
  });

  it('answers 404 for an unknown entity', async () => {
    expect((await h.get('/export/who-said-what.csv?entityId=topic:none')).status).toBe(404);
  });
});

describe('GET /export/coverage.csv', () => {
  it('exports one row per segment and speaker, unidentified speech included', async () => {
    const res = await h.get('/export/coverage.csv?date=2025-07-26');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="coverage-2025-07-26.csv"',
    );
    const rows = await csvOf(res);
    expect(rows.map((r) => [r.segment_ordinal, r.kind, r.speaker_name])).toEqual([
      ['0', 'host-monologue', '王芳'],
      ['0', 'host-monologue', '(unidentified)'],
      ['1', 'interview', '刘倩'],
      ['1', 'interview', '黄潮'],
      ['1', 'interview', '王芳'],
      ['2', 'panel', '归涛'],
      ['2', 'panel', '黄潮'],
    ]);
    expect(rows[1]).toMatchObject({ hosts: '王芳', roles: 'unknown', topics: '具身智能 (2)' });
    expect(rows[2]!.guests).toBe('刘倩 | 黄潮');
  });

  it('refuses other methods and unknown exports', async () => {
    expect(
      (
        await h.yoga.fetch('http://api.test/export/coverage.csv?date=2025-07-26', {
          method: 'POST',
        })
      ).status,
    ).toBe(405);
    expect((await h.get('/export/nothing.csv')).status).toBe(404);
  });
});
