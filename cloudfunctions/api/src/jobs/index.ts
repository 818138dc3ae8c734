import type { Deps } from '../deps';
import type { Job } from './job';
import { escalateComplaints } from './complaints';
import { deliverMessages } from './deliverMessages';
import { remindBookings } from './remindBookings';
import { drawLotteries, forfeitUnconfirmed, tellLosers } from './lotteries';
import { markNoShows } from './markNoShows';
import { lapseUnconfirmed } from './lapseUnconfirmed';
import { flagUnreturned } from './flagUnreturned';
import { purgeRequests } from './purgeRequests';
import { expireHolds } from './expireHolds';
import { settleRefunds } from './settleRefunds';
import {
  completeReleases,
  freeOrphanReservations,
  promoteWaitlists,
  recoverPromotions,
  sweepClosedDays,
  sweepClosedSlots,
} from './repair';

// Order matters within one pass: finish interrupted releases and closures before filling places. A
// closed day's sweep runs before completeReleases: a cancellation it must finish (notice, then release)
// is found by the time it still holds, which that job would give back without telling anyone.
// Holds expire before waiting lists are filled, so the places they give back reach the queue in one pass.
export const JOBS: Job[] = [
  sweepClosedDays,
  expireHolds,
  completeReleases,
  freeOrphanReservations,
  recoverPromotions,
  sweepClosedSlots,
  promoteWaitlists,
  drawLotteries,
  forfeitUnconfirmed,
  tellLosers,
  escalateComplaints,
  lapseUnconfirmed,
  markNoShows,
  flagUnreturned,
  remindBookings,
  settleRefunds,
  deliverMessages,
  purgeRequests,
];

export interface JobsReport {
  jobs: { name: string; worked: boolean; error?: string }[];
  /** True when some job found work: running again may find more. */
  more: boolean;
}

/** One pass over every job; a failing job is reported and does not stop the others. */
export async function runJobs(deps: Deps): Promise<JobsReport> {
  const jobs: JobsReport['jobs'] = [];
  for (const job of JOBS) {
    try {
      jobs.push({ name: job.name, ...(await job.run(deps)) });
    } catch (e) {
      deps.log.error('job failed', { job: job.name, error: e instanceof Error ? e.stack : String(e) });
      jobs.push({ name: job.name, worked: false, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { jobs, more: jobs.some((j) => j.worked) };
}
