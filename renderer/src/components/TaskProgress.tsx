/**
 * The progress of a long task (an import of many files, the export of a large meeting) as the main
 * process reports it through `task:progress` events: a hook that follows one kind of task, and the
 * bar that shows it, announced politely to screen readers.
 */
import { useEffect, useState } from 'react';
import type { TaskKind, TaskProgress } from '../../../shared/contract/events';
import { getApi } from '../api/client';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/dictionaries';

/**
 * The latest step of a `kind` task while `active` (null before the first step). Steps that arrive
 * when not active are ignored, so a bar never shows a previous run's last step.
 */
export function useTaskProgress(kind: TaskKind, active: boolean): TaskProgress | null {
  // The step is kept with the run it belongs to; a new run starts with none.
  const [seen, setSeen] = useState<{ run: number; step: TaskProgress } | null>(null);
  const [run, setRun] = useState(0);
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setRun(run + 1);
  }
  useEffect(() => {
    if (!active) return undefined;
    return getApi()?.on('task:progress', (next) => {
      if (next.task === kind) setSeen({ run, step: next });
    });
  }, [kind, active, run]);
  return active && seen?.run === run ? seen.step : null;
}

export function TaskProgressBar({ step, fallback }: { step: TaskProgress | null; fallback: string }) {
  const { t } = useI18n();
  const label = step ? t(`task.${step.task}.${step.phase}` as MessageKey, { done: step.done, total: step.total }) : fallback;
  const determinate = step !== null && step.total > 0;
  return (
    <div className="task-progress" role="status" aria-live="polite">
      <progress
        className="task-progress-bar"
        aria-label={label}
        {...(determinate ? { value: step.done, max: step.total } : {})}
      />
      <span className="task-progress-label">{label}</span>
    </div>
  );
}
