import type { AddEndpointWords } from '../../add-endpoint/words.js';

const METHOD_TWO = 'without --method openai';

export const addEndpoint: AddEndpointWords = {
  notices: {
    'unknown-model': (p) => `model '${p.model}' is not in the ${p.provider} preset; check the id against GET /models`,
    'reasoning-title-model': (p) => `titleModel '${p.titleModel}' always thinks; titles may come out empty or slow`,
    'no-thinking-switch': (p) => `${p.provider} has no documented request field to turn thinking ${p.wanted}; nothing was added`,
    'thinking-switch-mixed': (p) =>
      `${p.provider} answers 400 when ${p.fields.join(', ')} reaches a model without the switch (${p.models.join(', ')}): add those as a second entry, e.g. --name ${p.suggestedName} --models ${p.models.join(',')}`,
    'titles-own-entry': (p) =>
      `${p.provider} rejects thinking on non-streaming calls, and LibreChat's title request is one that carries addParams: titles go through "${p.titleEntry}" (titleEndpoint), which asks ${p.titleModel} without the thinking switch`,
    'titles-off': (p) =>
      `LibreChat ${p.librechatVersion} sends addParams with every title request and has no titleEndpoint, and ${p.provider} rejects thinking outside a stream: titles are turned off (titleConvo: false)`,
    'reasoning-key-unsupported': (p) =>
      `LibreChat ${p.librechatVersion} has no customParams.reasoningKey; ${p.provider} streams thinking as "${p.reasoningKey}", which this version may not show`,
    'fetch-unverified': (p) => `${p.provider} is not known to serve an OpenAI-shaped GET /models; LibreChat falls back to models.default if it fails`,
    'key-alias-reused': (p) => `the key is already set as ${p.alias} in .env; the entry references it instead of adding ${p.keyVariable}`,
    'openai-key-reference': (p) =>
      `OPENAI_API_KEY refers to \${${p.keyReference}}: Docker Compose's env_file expands that, plain dotenv does not; without Compose, put the key itself into OPENAI_API_KEY`,
    'openai-key-foreign': (p) =>
      `OPENAI_API_KEY already holds a key and is kept: LibreChat would send it to ${p.provider}, which rejects a key that is not its own (401), and the OpenAI endpoint stops reaching OpenAI. Method two keeps both: run again ${METHOD_TWO} (a custom endpoint)`,
    'openai-models-foreign': (p) =>
      `OPENAI_MODELS keeps ${p.models.join(', ')}, which ${p.provider} does not list: picking one gets a 404. Method two (${METHOD_TWO}) leaves OPENAI_MODELS alone; to stay with method one, add --replace-models --models ${p.replacement}`,
    'openai-thinking-unavailable': (p) =>
      `${p.models.join(', ')} show reasoning only when the request carries ${JSON.stringify(p.switchOn)}, and the OpenAI endpoint has no addParams: use method two (${METHOD_TWO}) to see it`,
    'openai-models-replace': () => 'OPENAI_MODELS replaces the built-in OpenAI model list and turns off model fetching for the OpenAI endpoint: only these models are offered',
    'plaintext-api-key': () => "the entry's apiKey is a plain-text key; move it to .env and pass --api-key-env NAME to reference it",
  },
  warningLabel: 'warning: ',
  noteLabel: 'note: ',
  forced: 'the file already had schema errors; --force edits it anyway',
  replanned: 'the files changed while you looked; the edit was redone on their current content',
  question: 'Write these changes? [y/N] ',
  openAiTarget: (envFile) => `${envFile} (OpenAI endpoint)`,
  target: (librechatVersion, configVersion) => ` (LibreChat ${librechatVersion}, config version ${configVersion})`,
  declined: 'Nothing written.',
  nothingToChange: 'Nothing to change:',
  unchanged: { custom: (name) => `endpoint "${name}" and .env are already up to date.`, openai: '.env already points the OpenAI endpoint there.' },
  entry: (action, name, dryRun) => {
    if (action === 'update') return `${dryRun ? 'Would have updated' : 'Updated'} endpoint "${name}":`;
    if (action === 'add') return `${dryRun ? 'Would have added' : 'Added'} endpoint "${name}".`;
    return `${dryRun ? 'Would have created' : 'Created'} the config with endpoint "${name}".`;
  },
  titleEntry: (change, titleEntry, name, dryRun) => `${dryRun ? `Would have ${change}` : capital(change)} endpoint "${titleEntry}", which serves the titles of "${name}".`,
  envVariable: (change, key, dryRun) => `${dryRun ? `Would have ${change}` : capital(change)} ${key} ${change === 'added' ? 'to' : 'in'} .env`,
  none: '(none)',
  dryRun: 'Dry run: nothing was written.',
  putKey: (variable) => `Next: put your key into ${variable}= in .env (lc-doctor never writes keys).`,
  restart: 'Restart LibreChat to load the change.',
};

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
