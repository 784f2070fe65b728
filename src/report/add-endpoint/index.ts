import type { AddEndpointView } from '../../edit/run-add-endpoint.js';
import { words } from '../i18n/index.js';
import { createStyle } from '../shared/style.js';
import { formatAddEndpointJson } from './json.js';
import { formatNotices, formatOutcome, formatPreamble, formatPrint } from './text.js';

/** add-endpoint's two outputs: text for people (diff, notices, next steps) or one JSON document. */
export function createAddEndpointView(options: { json: boolean; color: boolean }): AddEndpointView {
  const style = createStyle(options.color);
  if (options.json) {
    return {
      preamble: () => '',
      outcome: (prepared, plan, status) => formatAddEndpointJson(prepared, plan, status),
      print: (prepared) => formatAddEndpointJson(prepared, prepared.plan, 'printed'),
      printNotices: () => '',
      replanned: () => '',
      question: () => '',
    };
  }
  return {
    preamble: (prepared) => formatPreamble(prepared, style),
    outcome: (_prepared, plan, status) => formatOutcome(plan, status, style),
    print: formatPrint,
    printNotices: (prepared) => formatNotices(prepared, style),
    replanned: () => `${style.yellow(words().addEndpoint.noteLabel)}${words().addEndpoint.replanned}\n`,
    question: () => words().addEndpoint.question,
  };
}
