export { itemWorkflow } from './item-workflow';
export { reportWorkflow } from './report-workflow';
export { calendarReplanWorkflow } from './calendar-replan-workflow';
