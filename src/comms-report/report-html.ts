/**
 * The comms team's report as one self-contained HTML file: readable offline and on a phone, printable, with its
 * charts drawn as inline SVG (each followed by a table of the same figures, for screen readers and for anyone who
 * prefers numbers) and no script, font or picture from anywhere. Everything from the data is escaped (`html`).
 */
import { html, type Markup } from '../shared/html.ts';
import type { BrokenLink, ContentHealth, HealthItem } from './content-health.ts';
import {
  feedbackByPage,
  mostRead,
  pagesNobodyRead,
  readsEachDay,
  type InsightData,
  type PageFeedbackSummary,
} from './insight.ts';

const number = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

const day = (iso: string) => longDate.format(new Date(`${iso}T12:00:00Z`));

/** A bar for each page, longest first: the most read pages. */
function barChart(id: string, title: string, rows: readonly { label: string; value: number }[]): Markup {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const rowHeight = 28;
  const height = rows.length * rowHeight + 8;
  const labelWidth = 260;
  const barSpace = 600 - labelWidth - 60;
  return html`<svg class="chart" viewBox="0 0 600 ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">The same figures are in the table after the chart.</desc>
    ${rows.map((row, index) => {
      const y = index * rowHeight + 4;
      const width = Math.max(2, Math.round((row.value / max) * barSpace));
      return html`<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${row.label}</text>
        <rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 10}" class="chart__bar"></rect>
        <text x="${labelWidth + width + 6}" y="${y + 18}">${number.format(row.value)}</text>`;
    })}
  </svg>`;
}

/** A column for each day: the trend of reads over the whole site. */
function columnChart(id: string, title: string, days: readonly { day: string; reads: number }[]): Markup {
  const max = Math.max(1, ...days.map((entry) => entry.reads));
  const chartHeight = 160;
  const width = Math.max(days.length, 1);
  const columnWidth = 560 / width;
  return html`<svg class="chart" viewBox="0 0 600 ${chartHeight + 40}" role="img" aria-labelledby="${id}-title ${id}-desc">
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">Highest: ${number.format(max)} reads in a day. The figures for each day are in the table after the chart.</desc>
    <line x1="30" y1="${chartHeight + 4}" x2="590" y2="${chartHeight + 4}" class="chart__axis"></line>
    <text x="26" y="14" text-anchor="end">${number.format(max)}</text>
    <text x="26" y="${chartHeight + 4}" text-anchor="end">0</text>
    ${days.map((entry, index) => {
      const height = Math.round((entry.reads / max) * (chartHeight - 10));
      const x = 30 + index * columnWidth;
      return html`<rect x="${x + 1}" y="${chartHeight + 4 - height}" width="${Math.max(1, columnWidth - 2)}" height="${height}" class="chart__bar"></rect>`;
    })}
    ${
      days.length > 0
        ? html`<text x="30" y="${chartHeight + 26}">${shortDate.format(new Date(`${days[0]!.day}T12:00:00Z`))}</text>
          <text x="590" y="${chartHeight + 26}" text-anchor="end">${shortDate.format(new Date(`${days.at(-1)!.day}T12:00:00Z`))}</text>`
        : ''
    }
  </svg>`;
}

function healthList(items: readonly HealthItem[], none: string): Markup {
  if (items.length === 0) return html`<p>${none}</p>`;
  return html`<ul class="health">
    ${items.map((item) => html`<li><code>${item.file}</code>: ${item.says}</li>`)}
  </ul>`;
}

function brokenList(links: readonly BrokenLink[] | undefined): Markup {
  if (!links)
    return html`<p>Not checked: there was no built site. Run <code>npm run build</code>, then the report again.</p>`;
  if (links.length === 0) return html`<p>None: every link between the site's pages leads to a page.</p>`;
  return html`<ul class="health">
    ${links.map((link) => html`<li>On <code>${link.from}</code>: <code>${link.to}</code> leads nowhere.</li>`)}
  </ul>`;
}

function feedbackSection(pages: readonly PageFeedbackSummary[]): Markup {
  if (pages.length === 0) return html`<p>Nobody answered "Was this page useful?" in this period.</p>`;
  return html`<table>
      <caption>Answers to "Was this page useful?", the pages with the most "no" first</caption>
      <thead>
        <tr><th scope="col">Page</th><th scope="col">Yes</th><th scope="col">No</th><th scope="col">Said no</th></tr>
      </thead>
      <tbody>
        ${pages.map(
          (page) =>
            html`<tr><th scope="row"><code>${page.page}</code></th><td>${number.format(page.yes)}</td><td>${number.format(page.no)}</td><td>${percent.format(page.noRate)}</td></tr>`,
        )}
      </tbody>
    </table>
    ${pages
      .filter((page) => page.comments.length > 0)
      .map(
        (page) => html`<h3><code>${page.page}</code>: what people wrote</h3>
          <ul class="comments">
            ${page.comments.map(
              (comment) =>
                html`<li><span class="comment__meta">${day(comment.day)}, said ${comment.useful}:</span> ${comment.text}</li>`,
            )}
          </ul>`,
      )}`;
}

const STYLES = `
  :root { color-scheme: light; --ink: #0b0c0c; --muted: #484949; --brand: #4c2c92; --line: #b1b4b6; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.75rem; line-height: 1.2; }
  h2 { margin-top: 2.5rem; border-top: 4px solid var(--brand); padding-top: 0.75rem; }
  code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.95em; overflow-wrap: anywhere; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
  caption { text-align: start; font-weight: 700; padding-bottom: 0.5rem; }
  th, td { text-align: start; padding: 0.4rem 0.5rem 0.4rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
  td { font-variant-numeric: tabular-nums; }
  .chart { width: 100%; height: auto; max-width: 40rem; display: block; font-size: 13px; fill: var(--ink); }
  .chart__bar { fill: var(--brand); }
  .chart__axis { stroke: var(--muted); }
  .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem; padding: 0; list-style: none; }
  .summary li { border-inline-start: 4px solid var(--brand); padding: 0.25rem 0.75rem; }
  .summary strong { display: block; font-size: 1.5rem; }
  .comment__meta { color: var(--muted); }
  .health li, .comments li { margin-bottom: 0.5rem; }
  details { margin: 0.5rem 0 1rem; }
  summary { cursor: pointer; color: var(--brand); text-decoration: underline; }
  @media print { h2 { break-before: auto; } details { display: block; } a { color: inherit; } }
`;

/** The whole report: a page of its own, with the period in its title. */
export function renderReport(data: InsightData, health: ContentHealth, generatedAt: Date): string {
  const top = mostRead(data.reads);
  const days = readsEachDay(data.reads, data.from, data.to);
  const totalReads = data.reads.reduce((sum, entry) => sum + entry.reads, 0);
  const pages = feedbackByPage(data.feedback);
  const answers = data.feedback.length;
  const saidNo = data.feedback.filter((answer) => answer.useful === 'no').length;
  const unread = pagesNobodyRead(data.pages, data.reads);
  const period = `${day(data.from)} to ${day(data.to)}`;
  const needYou = health.toCheck.length + health.overdue.length + health.campaignsPastReview.length;
  const body = html`<main>
    <h1>Victims First: what people read and said, ${period}</h1>
    <p>Made on ${longDate.format(generatedAt)}. Nothing in it identifies anyone: the site keeps no cookies, no
      addresses of devices and nothing that links one visit to another.</p>
    <ul class="summary">
      <li><strong>${data.countingReads ? number.format(totalReads) : 'Not counted'}</strong> page reads</li>
      <li><strong>${number.format(answers)}</strong> answers to "Was this page useful?"</li>
      <li><strong>${answers ? percent.format(saidNo / answers) : '–'}</strong> of them said no</li>
      <li><strong>${number.format(needYou)}</strong> content items need you</li>
    </ul>

    <h2 id="most-read">What people read most</h2>
    ${
      data.countingReads
        ? top.length === 0
          ? html`<p>No page reads were counted in this period.</p>`
          : html`${barChart(
              'most-read-chart',
              `The ${top.length} most read pages, ${period}`,
              top.map((row) => ({ label: row.page, value: row.reads })),
            )}
            <table>
              <caption>The most read pages</caption>
              <thead><tr><th scope="col">Page</th><th scope="col">Reads</th></tr></thead>
              <tbody>${top.map((row) => html`<tr><th scope="row"><code>${row.page}</code></th><td>${number.format(row.reads)}</td></tr>`)}</tbody>
            </table>
            <h3>Reads each day</h3>
            ${columnChart('trend-chart', `Page reads each day over the whole site, ${period}`, days)}
            <details>
              <summary>The figures for each day</summary>
              <table>
                <caption>Page reads each day</caption>
                <thead><tr><th scope="col">Day</th><th scope="col">Reads</th></tr></thead>
                <tbody>${days.map((entry) => html`<tr><th scope="row">${day(entry.day)}</th><td>${number.format(entry.reads)}</td></tr>`)}</tbody>
              </table>
            </details>`
        : html`<p>Page reads are not being counted: "Count page reads" is off in Site settings.</p>`
    }

    <h2 id="feedback">What people said</h2>
    ${feedbackSection(pages)}

    <h2 id="unread">Pages nobody read</h2>
    ${
      !data.countingReads
        ? html`<p>Not known: page reads are not being counted.</p>`
        : unread.length === 0
          ? html`<p>Every page was read at least once.</p>`
          : html`<p>${number.format(unread.length)} of the site's ${number.format(data.pages.length)} pages were not read in this period.</p>
            <ul class="health">${unread.map((page) => html`<li><code>${page}</code></li>`)}</ul>`
    }

    <h2 id="content-health">Content that needs you</h2>
    <h3>Something to check (${number.format(health.toCheck.length)})</h3>
    ${healthList(health.toCheck, 'Nothing is waiting to be checked.')}
    <h3>Past their review date (${number.format(health.overdue.length)})</h3>
    ${healthList(health.overdue, 'Every item was reviewed in the last 12 months.')}
    <h3>Campaigns past their review date (${number.format(health.campaignsPastReview.length)})</h3>
    ${healthList(health.campaignsPastReview, 'No campaign is past its review date.')}
    <h3>Translations behind their English (${number.format(health.translationsBehind.length)})</h3>
    ${healthList(health.translationsBehind, 'Every translation says what its English says.')}
    <h3>Links and redirects that lead nowhere</h3>
    ${brokenList(health.brokenLinks)}
  </main>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>What people read and said, ${html`${period}`.text} – Victims First</title>
<style>${STYLES}</style>
</head>
<body>
${body.text}
</body>
</html>
`;
}
