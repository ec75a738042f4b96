export { FaultInjector, type FaultTarget } from './fault-injector';
export {
  parseFailNextFlag,
  parseFaultSettings,
  parseLoseResponseFlag,
  parseRateFlag,
  type FailNextRule,
  type FaultSettings,
  type LoseResponseRule,
} from './fault-settings';
