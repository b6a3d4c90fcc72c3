/**
 * The BUS_SECRET of every process a test starts on Kafka, and of the test readers that open their
 * topics: one value, so that all of them open each other's sealed messages.
 */
export const TEST_BUS_SECRET = 'a-test-bus-secret-that-is-long-enough-0123456789';
