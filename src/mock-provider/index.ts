/** Public API of the mock provider, for tests, `demo` and other commands. */
export { startMockProvider, type MockProvider, type MockProviderOptions, type ReceivedRequest } from './server.js';
export { PROFILES, PROFILE_NAMES, isProfileName, modelsNeedingSwitch, type Profile, type ProfileName } from './profiles.js';
export { FAULT_NAMES, isFaultName, type FaultName } from './faults.js';
