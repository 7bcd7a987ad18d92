export { itemWorkflow } from './item-workflow';
export { reportWorkflow } from './report-workflow';
