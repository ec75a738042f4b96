export { checkActivity, type ActivityCheck } from './activity-shape';
export { BodyRefused, readJsonBody } from './request-body';
export { boundHeaderTime } from './header-deadline';
