/**
 * The doctor's answer, loaded on first use: the search box and the dialog render this when a
 * doctor report is pasted, and the parser, the rules and the fix renderer arrive only then.
 */
import { useEffect, useState } from 'preact/hooks';
import { DOCTOR_LOADING_TEXT as T } from './doctor-loading-text.ts';

type DoctorReportComponent = (typeof import('./DoctorReport.tsx'))['default'];
let component: Promise<DoctorReportComponent> | undefined;

/** Renders DoctorReport once its code has arrived; says so while it loads or if it cannot. */
export default function LazyDoctorReport(props: Parameters<DoctorReportComponent>[0]) {
  const [Component, setComponent] = useState<DoctorReportComponent | 'failed' | undefined>(undefined);
  useEffect(() => {
    component ??= import('./DoctorReport.tsx').then((m) => m.default);
    component.then((c) => setComponent(() => c), () => {
      component = undefined;
      setComponent('failed');
    });
  }, []);
  if (Component === 'failed') return <p class="rd-note" role="alert">{T.loadFailed}</p>;
  return Component ? <Component {...props} /> : <p class="rd-muted" role="status">{T.loading}</p>;
}
