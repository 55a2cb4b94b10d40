import failOnConsole from "jest-fail-on-console";

// A test that writes to the console fails: what it wants to say belongs in an assertion, and noise from
// the code under test is a bug (the service logs through pino, silenced in tests).
failOnConsole({
  shouldFailOnAssert: true,
  shouldFailOnDebug: true,
  shouldFailOnError: true,
  shouldFailOnInfo: true,
  shouldFailOnLog: true,
  shouldFailOnWarn: true,
});
