// Where the integration tests find the real services. Plain JS: Jest's globalSetup loads it untranspiled.
module.exports = {
  postgresUrl: process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379',
  kafkaBrokers: (process.env.TEST_KAFKA_BROKERS || '127.0.0.1:9092').split(','),
};
