// "Export everything (JSON)" in the browser host: `GET /plan` (token as for /api, in the
// Authorization header) writes the whole plan to a temporary file first, so the planner is
// read in one short transaction whatever the speed of the download, then streams that file
// as an attachment and removes it. `X-Rapport-Posts` says how many posts it holds.
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFileName } from '../../shared/channels/handoff';
import { sendAttachment } from './backup';
import { now } from '../../shared/clock';

export const PLAN_DOWNLOAD_PATH = '/plan';

export interface PlanDownloads {
  /** Writes the whole plan to the new file `file`. */
  write(file: string): Promise<{ posts: number }>;
}

/** Answers GET /plan once the caller has checked the token; `refuse` sends an error envelope. */
export async function sendPlan(
  req: IncomingMessage,
  res: ServerResponse,
  plans: PlanDownloads,
  refuse: (status: number, message: string, headers?: Record<string, string>) => void,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    refuse(405, 'Use GET to download the plan.', { Allow: 'GET, HEAD' });
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'rapport-plan-'));
  try {
    const name = planFileName(now());
    const file = join(dir, name);
    const { posts } = await plans.write(file);
    await sendAttachment(req, res, file, name, 'application/json; charset=utf-8', {
      'X-Rapport-Posts': String(posts),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
