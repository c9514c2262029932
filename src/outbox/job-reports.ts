// Who hears of a publish that failed or waits for the person, wherever they are in the app: set by
// the app at start (main.tsx, through wakeOutbox), heard by the outbox however it was started.
import type { OutboxEvent } from './runner';

/** Hears a message for the person, and the event it concerns. */
export type JobReporter = (message: string, eventId?: string) => void;

let reporter: JobReporter | null = null;

/** Sets who hears of publishes that need the person. */
export function setJobReporter(report: JobReporter): void {
  reporter = report;
}

/** Tells the reporter of an outbox event that needs the person (a failure, a choice to make). */
export function reportJobEvent(event: OutboxEvent): void {
  if (!reporter) return;
  if (event.kind === 'error') {
    reporter(event.message);
    return;
  }
  const { job } = event;
  if (job.state === 'failed') reporter(`Publishing “${job.eventName}” failed: ${job.error ?? 'see its Export screen.'}`, job.eventId);
  if (job.state === 'needs-choice')
    reporter(`Publishing “${job.eventName}” waits for you: files were changed in the repository. Choose what to do on its Export screen.`, job.eventId);
}
