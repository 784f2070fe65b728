import { useLanguage } from '../../src/report/i18n/index.js';

// Formatters word findings through the loaded catalog; in-process tests read English unless they choose.
await useLanguage('en');
