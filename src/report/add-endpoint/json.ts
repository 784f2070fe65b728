import type { PreparedEdit } from '../../edit/prepare-add-endpoint.js';
import type { AddEndpointPlan } from '../../edit/plan-add-endpoint.js';
import type { AddEndpointStatus } from '../../edit/run-add-endpoint.js';
import { redactValue } from '../../edit/entry-secrets.js';
import { wordNotice } from './text.js';

/** `add-endpoint --json`: stable machine output; .env values are never included. */
export function formatAddEndpointJson(prepared: PreparedEdit, plan: AddEndpointPlan, status: AddEndpointStatus): string {
  return `${JSON.stringify(
    {
      schemaVersion: 1,
      command: 'add-endpoint',
      status,
      method: plan.method,
      name: plan.name,
      action: plan.action,
      target: { librechatVersion: prepared.target.librechatVersion, configVersion: prepared.target.configVersion },
      schemaCheck: prepared.schemaCheck,
      entry: redactValue(plan.entry ?? null, plan.secrets),
      changes: redactValue(plan.changes, plan.secrets),
      env: plan.env,
      keyVariable: plan.keyVariable,
      keyReference: plan.keyReference,
      files: plan.files.map((f) => ({ path: f.path, kind: f.kind, created: f.before === null })),
      notices: plan.notices.map((notice) => ({ ...notice, message: wordNotice(notice) })),
      diff: prepared.diff,
    },
    null,
    2,
  )}\n`;
}
