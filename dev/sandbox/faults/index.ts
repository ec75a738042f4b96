export { FaultInjector, type FaultTarget } from './fault-injector';
export { parseFailNextFlag, parseFaultSettings, parseRateFlag, type FailNextRule, type FaultSettings } from './fault-settings';
