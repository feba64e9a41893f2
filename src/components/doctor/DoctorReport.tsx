/**
 * A pasted doctor report, diagnosed in the browser: the problems in the order to fix them, each
 * with its fix for this machine (the one step renderer), one script for all of them, then what the
 * report ruled out and what it could not answer. Loaded only when a report is pasted (this module
 * brings the report parser and the fix renderer); the data is `doctor-data.json`.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { diagnose, isDoctorData, type CheckedEntry, type Diagnosis, type Evidence } from '../../lib/doctor-diagnose.ts';
import { fetchJsonOnce } from '../../lib/fetch-json.ts';
import type { CheckedFact } from '../../lib/doctor-detect.ts';
import { parseDoctorReport } from '../../lib/doctor-report.ts';
import { PHASE_LABELS } from '../../lib/phases.ts';
import { withBase } from '../../lib/urls.ts';
import type { Match } from '../../lib/matcher.ts';
import CommandBlock from '../fix/CommandBlock.tsx';
import InlineText from '../fix/InlineText.tsx';
import StepList from '../fix/StepList.tsx';
import { fill, STEP_TEXT } from '../fix/fix-text.ts';
import { loadIndex } from '../islands/search-index-loader.ts';
import { DOCTOR_TEXT as T } from './doctor-text.ts';

/** The doctor's data, fetched once per page. */
const loadData = (base: string) => fetchJsonOnce(withBase(base, 'doctor-data.json'), isDoctorData, 'doctor data');

/** Diagnoses a report with the site's data and error matcher (for the log); the time it took is returned for the page to expose. */
async function diagnoseReport(base: string, report: string): Promise<{ diagnosis: Diagnosis; ms: number }> {
  const [doctorData, index] = await Promise.all([loadData(base), loadIndex(base).catch(() => undefined)]);
  const start = performance.now();
  const parsed = parseDoctorReport(report);
  // The log is matched in the matcher's worker first; the diagnosis itself is synchronous.
  const logOutcome = index && parsed.log.trim() !== '' ? await index.match(parsed.log).catch(() => undefined) : undefined;
  const diagnosis = diagnose(parsed, doctorData, logOutcome ? () => logOutcome : undefined);
  return { diagnosis, ms: performance.now() - start };
}

/** Log lines with the entry each reads like, under a sentence saying what they are; nothing when there are none. */
function LogMatches({ intro, matches, href }: { intro: string; matches: readonly Match[]; href: (path: string) => string }) {
  if (matches.length === 0) return null;
  return (
    <>
      <p>{intro}</p>
      <ul>{matches.map((m) => <li><a href={href(`troubleshooting/${m.slug}/`)}>{m.title}</a>：<code>{m.line}</code></li>)}</ul>
    </>
  );
}

/** `key=value` facts as inline code, comma-separated. */
function Facts({ facts }: { facts: readonly CheckedFact[] }) {
  return <>{facts.map((f, i) => <>{i > 0 && '，'}<code>{`${f.key}=${f.value}`}</code></>)}</>;
}

/** Why a problem is listed: the report's values or the log line. */
function Why({ evidence }: { evidence: Evidence }) {
  if (evidence.kind === 'report') {
    return <p><strong>{T.reportSays}</strong>{evidence.says}（<Facts facts={evidence.facts} />）</p>;
  }
  return (
    <>
      <p><strong>{T.logSays}</strong></p>
      <pre class="rd-output">{evidence.line}</pre>
      <p class="rd-muted">{T.knownError}<code>{evidence.signature}</code></p>
    </>
  );
}

/** Entries ruled out or not checked, folded, each with the report values that decided. */
function Checked({ entries, status, summary, note, href }: { entries: readonly CheckedEntry[]; status: CheckedFact['status']; summary: string; note: string; href: (path: string) => string }) {
  if (entries.length === 0) return null;
  return (
    <details class="rd-doctor-checked">
      <summary>{fill(summary, { n: entries.length })}</summary>
      <p class="rd-muted">{note}</p>
      <ul>{entries.map((c) => <li><a href={href(c.path)}>{c.title}</a>：<Facts facts={c.facts.filter((f) => f.status === status)} /></li>)}</ul>
    </details>
  );
}

interface Props {
  /** The pasted text holding the report. */
  report: string;
  base: string;
  /** Heading level of the section (2 on a page, 3 inside a section or the dialog). */
  level: 2 | 3;
}

/** Renders the diagnosis of a report. */
export default function DoctorReport({ report, base, level }: Props) {
  const headingId = useId();
  const [result, setResult] = useState<Awaited<ReturnType<typeof diagnoseReport>> | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    setResult('loading');
    diagnoseReport(base, report).then((r) => live && setResult(r), () => live && setResult('failed'));
    return () => { live = false; };
  }, [report]);

  const H = level === 2 ? 'h2' : 'h3';
  const H2 = level === 2 ? 'h3' : 'h4';
  if (result === 'loading') return <p class="rd-muted" role="status">{T.loading}</p>;
  if (result === 'failed') return <p class="rd-note" role="alert">{T.loadFailed}</p>;
  const { diagnosis: d, ms } = result;
  const { readable, problems: reportProblems, unknownKeys } = d.report;
  const href = (path: string) => withBase(base, path.replace(/^\//, ''));
  return (
    <section class="rd-doctor" aria-labelledby={headingId} data-diagnose-ms={ms.toFixed(1)}>
      <H id={headingId}>{T.heading}</H>
      <p class="rd-muted">{T.private}</p>
      <p><strong>{T.machine}</strong>{d.machine.text}</p>
      {[...d.machine.refused, ...d.machine.assumed].map((line) => <p class="rd-note" role="note">{line}</p>)}
      {!readable && <p class="rd-note" role="alert">{T.unreadable}</p>}
      {(readable || d.problems.length > 0) && <p role="status">{d.problems.length > 0 ? fill(T.found, { n: d.problems.length }) : T.none}</p>}
      {readable && d.problems.length === 0 && <p>{T.noneHelp}</p>}
      {d.problems.length > 0 && (
        <ol class="rd-doctor-problems">
          {d.problems.map((p) => (
            <li>
              <H2><a href={href(p.path)}>{p.title}</a></H2>
              <p class="rd-muted">{T.phase}{PHASE_LABELS[p.phase]}</p>
              <Why evidence={p.evidence} />
              {p.fix.label !== '' && <p><strong>{p.fix.label}</strong></p>}
              <StepList steps={p.fix.steps} text={STEP_TEXT} />
              {p.otherFixes > 0 && <p class="rd-muted">{fill(T.otherFixes, { n: p.otherFixes })}</p>}
              {p.verify.map((v) => v.body.kind === 'commands' && (
                <div class="rd-verify">
                  <p>{T.verify}</p>
                  <CommandBlock code={v.body.text} label={`${T.verify}${p.title}`} text={STEP_TEXT} />
                  {v.good !== undefined && <p class="rd-muted">{T.expect}<InlineText text={v.good} /></p>}
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
      {d.script !== undefined && (
        <>
          <H2>{T.scriptHeading}</H2>
          <p class="rd-muted">{T.scriptNote}</p>
          <CommandBlock code={d.script} label={T.scriptLabel} text={STEP_TEXT} />
        </>
      )}
      {d.script === undefined && d.problems.length > 0 && readable && <p class="rd-muted">{T.noScript}</p>}
      <LogMatches intro={T.logHints} matches={d.logHints} href={href} />
      <LogMatches intro={T.logRuledOut} matches={d.logRuledOut} href={href} />
      <Checked entries={d.passed} status="passed" summary={T.passed} note={T.passedNote} href={href} />
      <Checked entries={d.unchecked} status="unchecked" summary={T.unchecked} note={T.uncheckedNote} href={href} />
      {(reportProblems.length > 0 || unknownKeys.length > 0) && (
        <details class="rd-doctor-checked" open={!readable}>
          <summary>{fill(T.reportProblems, { n: reportProblems.length + (unknownKeys.length > 0 ? 1 : 0) })}</summary>
          <ul>
            {reportProblems.map((p) => <li>{p}</li>)}
            {unknownKeys.length > 0 && <li>{T.unknownKeys}{unknownKeys.join('、')}</li>}
          </ul>
        </details>
      )}
      <p><a href={href('doctor/')}>{T.doctorPage}</a></p>
    </section>
  );
}
