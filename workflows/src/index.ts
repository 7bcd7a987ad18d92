export { itemWorkflow } from './item-workflow';
