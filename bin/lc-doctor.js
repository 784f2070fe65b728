#!/usr/bin/env node
import { runBundledCli } from '../dist/launch/index.js';

process.exitCode = await runBundledCli(process.argv.slice(2));
