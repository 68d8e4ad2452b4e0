import fc from 'fast-check';

// in CI every property test replays the same cases, so that a run's verdict depends on the commit
// alone. on a developer's machine the seeds stay random and keep finding new cases; a failure
// prints its seed and counterexample, to be kept as a test of its own (as contact-list.test.ts
// keeps "created from" after "created to").
if (process.env.CI) fc.configureGlobal({ seed: 20_261_123 });
